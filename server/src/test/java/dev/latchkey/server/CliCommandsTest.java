package dev.latchkey.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command in-process: help, version, usage errors and what each does to a data folder. */
class CliCommandsTest {

    @TempDir
    Path dir;

    @Test
    void everyCommandHasHelp() {
        for (List<String> command : List.<List<String>>of(
                List.of(),
                List.of("serve"),
                List.of("migrate"),
                List.of("backup"),
                List.of("customers"),
                List.of("customers", "import"),
                List.of("customers", "export"),
                List.of("tenant"),
                List.of("tenant", "create"),
                List.of("tenant", "list"),
                List.of("tenant", "update"),
                List.of("client"),
                List.of("client", "create"),
                List.of("client", "list"),
                List.of("client", "revoke"))) {
            String[] args = java.util.stream.Stream.concat(command.stream(), java.util.stream.Stream.of("--help"))
                    .toArray(String[]::new);
            CliRun run = CliRun.run(dir, args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isZero();
            assertThat(run.out()).as(String.join(" ", args)).startsWith("Usage: latchkey");
        }
        assertThat(CliRun.run(dir, "--help").out())
                .contains("migrate", "customers", "backup", "tenant", "client", "Exit codes");
    }

    @Test
    void showsItsVersion() {
        CliRun run = CliRun.run(dir, "--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Latchkey ");
    }

    @Test
    void wrongUsageExitsWithTwo() {
        CliRun unknown = CliRun.run(dir, "frobnicate");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unmatched argument", "frobnicate");
        assertThat(CliRun.run(dir, "customers", "import").exitCode()).isEqualTo(2);
        assertThat(CliRun.run(dir, "customers", "import", "--tenant", "Not A Tenant!", "x.jsonl")
                        .exitCode())
                .isEqualTo(2);
        assertThat(CliRun.run(dir, "customers").exitCode()).isEqualTo(2);
    }

    @Test
    void tenantsAreCreatedListedAndUpdatedWithoutAServer() {
        CliRun created = CliRun.run(
                dir,
                "tenant",
                "create",
                "shop2",
                "--primary-color",
                "#AA3300",
                "--return-urls",
                "https://shop2.example/,https://checkout.shop2.example/done");
        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(created.out())
                .contains(
                        "Created tenant shop2 with the storefront client shop2-storefront",
                        "display name:        Shop2",
                        "primary colour:      #aa3300",
                        "allowed return URLs: https://shop2.example/, https://checkout.shop2.example/done");

        CliRun updated = CliRun.run(
                dir,
                "tenant",
                "update",
                "shop2",
                "--display-name",
                "Shop Two",
                "--primary-color",
                "",
                "--support-email",
                "help@shop2.example",
                "--link-base",
                "https://shop2.example/account",
                "--access-token-lifetime",
                "15m",
                "--refresh-token-lifetime",
                "7d",
                "--refresh-reuse-window",
                "0s");
        assertThat(updated.exitCode()).as(updated.err()).isZero();
        assertThat(updated.out())
                .contains(
                        "display name:        Shop Two",
                        "primary colour:      -",
                        "support address:     help@shop2.example",
                        "link base:           https://shop2.example/account",
                        "allowed return URLs: https://shop2.example/, https://checkout.shop2.example/done",
                        "token lifetimes:     anonymous 1h, access 15m, refresh 7d, service 1h, activation link 2d",
                        "reuse window:        0s");
        assertThat(created.out()).contains("reuse window:        10s");
        assertThat(CliRun.run(dir, "tenant", "update", "shop2", "--refresh-reuse-window", "6m")
                        .err())
                .contains("--refresh-reuse-window must be from 0s to 5m");

        CliRun list = CliRun.run(dir, "tenant", "list");
        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).containsPattern("shop2 +\\S+ +Shop Two +https://shop2.example/account");
    }

    @Test
    void tenantCommandsRefuseBadInputClearly() {
        assertThat(CliRun.run(dir, "tenant", "create", "shop2").exitCode()).isZero();

        CliRun again = CliRun.run(dir, "tenant", "create", "shop2");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("Tenant shop2 exists already");
        CliRun badName = CliRun.run(dir, "tenant", "create", "Shop 2");
        assertThat(badName.exitCode()).isEqualTo(2);
        assertThat(badName.err()).contains("NAME: A tenant name is 3 to 16 lower-case letters or digits");
        CliRun badColour = CliRun.run(dir, "tenant", "update", "shop2", "--primary-color", "red");
        assertThat(badColour.exitCode()).isEqualTo(2);
        assertThat(badColour.err()).contains("--primary-color must be a colour written #rrggbb");
        assertThat(CliRun.run(dir, "tenant", "update", "shop2").exitCode()).isEqualTo(2);
        CliRun badLifetime = CliRun.run(dir, "tenant", "update", "shop2", "--access-token-lifetime", "forever");
        assertThat(badLifetime.exitCode()).isEqualTo(2);
        assertThat(badLifetime.err()).contains("--access-token-lifetime must be a number with s, m, h or d");
        CliRun longLifetime = CliRun.run(dir, "tenant", "update", "shop2", "--refresh-token-lifetime", "400d");
        assertThat(longLifetime.exitCode()).isEqualTo(2);
        assertThat(longLifetime.err()).contains("--refresh-token-lifetime must be from 1m to 366d");
        CliRun unknown = CliRun.run(dir, "tenant", "update", "nosuch", "--display-name", "X");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("No tenant nosuch");
        assertThat(again.err() + badName.err() + badColour.err() + unknown.err())
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void clientsAreCreatedListedAndRevokedWithoutAServer() {
        CliRun.run(dir, "tenant", "create", "shop2");

        CliRun service = CliRun.run(
                dir,
                "client",
                "create",
                "--tenant",
                "shop2",
                "--name",
                "shop2-backend",
                "--scopes",
                "customer.customer_read");
        assertThat(service.exitCode()).as(service.err()).isZero();
        assertThat(service.out())
                .contains(
                        "Created service client shop2-backend of tenant shop2 with the scopes customer.customer_read");
        assertThat(service.out().lines().reduce((first, second) -> second).orElseThrow())
                .matches("[A-Za-z0-9_-]{43,}");
        CliRun storefront =
                CliRun.run(dir, "client", "create", "--tenant", "shop2", "--name", "shop2-app", "--kind", "storefront");
        assertThat(storefront.exitCode()).as(storefront.err()).isZero();

        CliRun revoked = CliRun.run(dir, "client", "revoke", "--tenant", "shop2", "--name", "shop2-app");
        assertThat(revoked.exitCode()).isZero();
        assertThat(revoked.out()).contains("Revoked client shop2-app of tenant shop2");

        CliRun list = CliRun.run(dir, "client", "list", "--tenant", "shop2");
        assertThat(list.out())
                .containsPattern("shop2-app +storefront +revoked \\S+ +-")
                .containsPattern("shop2-backend +service +active +customer.customer_read")
                .containsPattern("shop2-storefront +storefront +active +-");
    }

    @Test
    void clientCommandsRefuseBadInputClearly() {
        CliRun.run(dir, "tenant", "create", "shop2");

        CliRun unknownScope = CliRun.run(
                dir, "client", "create", "--tenant", "shop2", "--name", "shop2-backend", "--scopes", "admin");
        assertThat(unknownScope.exitCode()).isEqualTo(2);
        assertThat(unknownScope.err()).contains("unknown scopes: admin", "customer.customer_read");
        assertThat(CliRun.run(dir, "client", "create", "--tenant", "shop2", "--name", "shop2-backend")
                        .exitCode())
                .isEqualTo(2);
        assertThat(CliRun.run(dir, "client", "create", "--tenant", "shop2", "--name", "x")
                        .exitCode())
                .isEqualTo(2);
        CliRun taken = CliRun.run(
                dir, "client", "create", "--tenant", "shop2", "--name", "shop2-storefront", "--kind", "storefront");
        assertThat(taken.exitCode()).isEqualTo(1);
        assertThat(taken.err()).contains("A client shop2-storefront exists already");
        CliRun noTenant = CliRun.run(dir, "client", "list", "--tenant", "nosuch");
        assertThat(noTenant.exitCode()).isEqualTo(1);
        assertThat(noTenant.err()).contains("No tenant nosuch");
        CliRun otherTenant = CliRun.run(dir, "client", "revoke", "--tenant", "demo", "--name", "shop2-storefront");
        assertThat(otherTenant.exitCode()).isEqualTo(1);
        assertThat(otherTenant.err()).contains("Tenant demo has no client shop2-storefront");
    }

    @Test
    void migrateCreatesTheSchemaAndExits() {
        CliRun run = CliRun.run(dir, "migrate");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("schema is up to date");
        assertThat(dir.resolve("latchkey.mv.db")).exists();
    }

    @Test
    void importOfAMissingFileOrIntoAnUnknownTenantFails() throws IOException {
        assertThat(CliRun.run(
                                dir,
                                "customers",
                                "import",
                                dir.resolve("none.jsonl").toString())
                        .exitCode())
                .isEqualTo(1);
        Path file = Files.writeString(dir.resolve("one.jsonl"), "{\"email\":\"a@example.test\"}\n");
        CliRun run = CliRun.run(dir, "customers", "import", "--tenant", "nosuch", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("No tenant nosuch");
        assertThat(CliRun.run(dir, "customers", "export", "--tenant", "nosuch").exitCode())
                .isEqualTo(1);
    }

    @Test
    void importsReportsRefusedRowsExportsAndReimportsNothing() throws IOException {
        provisionDemo();
        Path file = Files.writeString(
                dir.resolve("customers.jsonl"),
                String.join(
                                "\n",
                                "{\"email\":\"ada@example.test\",\"passwordHash\":\"$P$984478476IagS59wHZvyQMArzfx58u.\",\"firstName\":\"Ada\","
                                        + "\"lastName\":\"Lovelace\",\"customerNumber\":\"10001\",\"addresses\":[{\"street\":\"Main St\","
                                        + "\"streetNumber\":\"1\",\"zipCode\":\"10115\",\"city\":\"Berlin\",\"country\":\"DE\",\"tags\":[\"BILLING\"],"
                                        + "\"isDefault\":true}]}",
                                "{\"email\":\"not-an-email\"}",
                                "{\"email\":\"bob@example.test\",\"passwordHash\":\"md5:5f4dcc3b5aa765d61d8327deb882cf99\"}",
                                "{\"email\":\"ada@example.test\"}",
                                "this is not json",
                                "",
                                "{\"email\":\"cy@example.test\",\"addresses\":[{\"country\":\"XX\"}]}",
                                "{\"email\":\"dee@example.test\",\"preferredLanguage\":\"de_DE\"}",
                                "{\"email\":\"eve@example.test\",\"customerNumber\":\"10001\"}")
                        + "\n");

        CliRun first = CliRun.run(dir, "customers", "import", "--tenant", "demo", file.toString());

        assertThat(first.exitCode()).isEqualTo(3);
        assertThat(first.out()).contains("Imported 2 customers into demo", "6 refused");
        assertThat(first.err())
                .contains(
                        "line 2: email: not a valid email address",
                        "line 3: passwordHash is in no supported form",
                        "line 4: email is on line 1 already",
                        "line 5: not a JSON object",
                        "line 7: addresses.country: not a valid value",
                        "line 9: customerNumber is on line 1 already");

        CliRun export = CliRun.run(dir, "customers", "export", "--tenant", "demo", "--with-password-hashes");
        assertThat(export.exitCode()).isZero();
        assertThat(export.out().lines()).hasSize(2);
        assertThat(export.out())
                .contains(
                        "\"email\":\"ada@example.test\"",
                        "\"passwordHash\":\"$P$984478476IagS59wHZvyQMArzfx58u.\"",
                        "\"customerNumber\":\"10001\"",
                        "\"status\":\"ACTIVE\"",
                        "\"firstName\":\"Ada\"",
                        "\"city\":\"Berlin\"",
                        "\"tags\":[\"BILLING\"]",
                        "\"isDefault\":true",
                        "\"preferredLanguage\":\"de_DE\"");
        assertThat(CliRun.run(dir, "customers", "export").out()).doesNotContain("passwordHash");

        Path exported = Files.writeString(dir.resolve("exported.jsonl"), export.out());
        CliRun again = CliRun.run(dir, "customers", "import", exported.toString());
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("Imported 0 customers", "2 were there already", "0 refused");
    }

    @Test
    void importsCsvWithOneAddressARow() throws IOException {
        provisionDemo();
        Path file = Files.writeString(
                dir.resolve("customers.csv"),
                String.join(
                                "\n",
                                "email,passwordHash,firstName,lastName,customerNumber,address.street,address.city,address.country,address.tags,address.isDefault",
                                "ada@example.test,$2b$10$abcdefghijklmnopqrstuuG0J3sBB0V5Ig7SyuKYt5p3XpAk2I8ti,Ada,\"Lovelace, Countess\",7,Main St,Berlin,DE,BILLING|SHIPPING,true",
                                "bad,,,,,,,,,",
                                "cy@example.test,,Cy,,,,,,,")
                        + "\n");

        CliRun run = CliRun.run(dir, "customers", "import", file.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains("Imported 2 customers", "1 refused");
        assertThat(run.err()).contains("line 3: email: not a valid email address");
        String export = CliRun.run(dir, "customers", "export").out();
        assertThat(export)
                .contains(
                        "\"lastName\":\"Lovelace, Countess\"",
                        "\"tags\":[\"BILLING\",\"SHIPPING\"]",
                        "\"customerNumber\":\"7\"");
    }

    @Test
    void backupWritesAZipThatRestores() throws IOException {
        provisionDemo();
        Path file = Files.writeString(dir.resolve("one.jsonl"), "{\"email\":\"ada@example.test\"}\n");
        CliRun.run(dir, "customers", "import", file.toString());
        Path zip = dir.resolve("backup.zip");

        CliRun backup = CliRun.run(dir, "backup", zip.toString());

        assertThat(backup.exitCode()).isZero();
        assertThat(zip).exists();
        Path restored = Files.createDirectories(dir.resolve("restored"));
        unzip(zip, restored);
        assertThat(restored.resolve("latchkey.mv.db")).exists();
        assertThat(CliRun.run(restored, "customers", "export").out()).contains("ada@example.test");
    }

    @Test
    void aCommandOnAFreshDataFolderProvisionsItAsTheFirstStartOfAServerWould() throws IOException {
        Path file = Files.writeString(dir.resolve("one.jsonl"), "{\"email\":\"ada@example.test\"}\n");

        CliRun imported = CliRun.run(dir, "customers", "import", "--tenant", "demo", file.toString());

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Imported 1 customers into demo");
        Matcher secret = Pattern.compile(
                        "The secret of service client demo-admin is shown this once; keep it safe:\\s+(\\S+)")
                .matcher(imported.console());
        assertThat(secret.find()).as(imported.console()).isTrue();
        assertThat(CliRun.run(dir, "client", "list", "--tenant", "demo").out())
                .contains("demo-storefront", "demo-admin");
        assertThat(CliRun.run(dir, "tenant", "list").console())
                .as("a second command provisions nothing")
                .isEmpty();
        try (RunningLatchkey server = RunningLatchkey.withoutSmtp(dir, Map.of())) {
            String basic = "Basic "
                    + Base64.getEncoder()
                            .encodeToString(("demo-admin:" + secret.group(1)).getBytes(StandardCharsets.UTF_8));
            assertThat(server.http
                            .postForm("/oauth/token", basic, "grant_type=client_credentials")
                            .status())
                    .as("the printed secret is the admin's, also for the server started after the command")
                    .isEqualTo(200);
            assertThat(server.console.toString(StandardCharsets.UTF_8)).doesNotContain("shown this once");
        }
    }

    /** The first start of a server creates the tenant demo. */
    private void provisionDemo() {
        RunningLatchkey.withoutSmtp(dir, java.util.Map.of()).close();
    }

    static void unzip(Path zip, Path target) throws IOException {
        try (InputStream in = Files.newInputStream(zip);
                ZipInputStream entries = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = entries.getNextEntry()) != null) {
                Files.copy(entries, target.resolve(entry.getName()));
            }
        }
    }
}
