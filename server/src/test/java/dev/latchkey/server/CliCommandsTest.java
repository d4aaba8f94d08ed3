package dev.latchkey.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        for (List<String> command : List.<List<String>>of(List.of(), List.of("serve"), List.of("migrate"), List.of("backup"),
                List.of("customers"), List.of("customers", "import"), List.of("customers", "export"))) {
            String[] args = java.util.stream.Stream.concat(command.stream(), java.util.stream.Stream.of("--help")).toArray(String[]::new);
            CliRun run = CliRun.run(dir, args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isZero();
            assertThat(run.out()).as(String.join(" ", args)).startsWith("Usage: latchkey");
        }
        assertThat(CliRun.run(dir, "--help").out()).contains("migrate", "customers", "backup", "Exit codes");
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
        assertThat(CliRun.run(dir, "customers", "import", "--tenant", "Not A Tenant!", "x.jsonl").exitCode()).isEqualTo(2);
        assertThat(CliRun.run(dir, "customers").exitCode()).isEqualTo(2);
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
        assertThat(CliRun.run(dir, "customers", "import", dir.resolve("none.jsonl").toString()).exitCode()).isEqualTo(1);
        Path file = Files.writeString(dir.resolve("one.jsonl"), "{\"email\":\"a@example.test\"}\n");
        CliRun run = CliRun.run(dir, "customers", "import", "--tenant", "nosuch", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("No tenant nosuch");
        assertThat(CliRun.run(dir, "customers", "export", "--tenant", "nosuch").exitCode()).isEqualTo(1);
    }

    @Test
    void importsReportsRefusedRowsExportsAndReimportsNothing() throws IOException {
        provisionDemo();
        Path file = Files.writeString(dir.resolve("customers.jsonl"), String.join("\n",
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
                "{\"email\":\"eve@example.test\",\"customerNumber\":\"10001\"}") + "\n");

        CliRun first = CliRun.run(dir, "customers", "import", "--tenant", "demo", file.toString());

        assertThat(first.exitCode()).isEqualTo(3);
        assertThat(first.out()).contains("Imported 2 customers into demo", "6 refused");
        assertThat(first.err()).contains("line 2: email: not a valid email address",
                "line 3: passwordHash is in no supported form", "line 4: email is on line 1 already", "line 5: not a JSON object",
                "line 7: addresses.country: not a valid value", "line 9: customerNumber is on line 1 already");

        CliRun export = CliRun.run(dir, "customers", "export", "--tenant", "demo", "--with-password-hashes");
        assertThat(export.exitCode()).isZero();
        assertThat(export.out().lines()).hasSize(2);
        assertThat(export.out()).contains("\"email\":\"ada@example.test\"", "\"passwordHash\":\"$P$984478476IagS59wHZvyQMArzfx58u.\"",
                "\"customerNumber\":\"10001\"", "\"status\":\"ACTIVE\"", "\"firstName\":\"Ada\"", "\"city\":\"Berlin\"",
                "\"tags\":[\"BILLING\"]", "\"isDefault\":true", "\"preferredLanguage\":\"de_DE\"");
        assertThat(CliRun.run(dir, "customers", "export").out()).doesNotContain("passwordHash");

        Path exported = Files.writeString(dir.resolve("exported.jsonl"), export.out());
        CliRun again = CliRun.run(dir, "customers", "import", exported.toString());
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("Imported 0 customers", "2 were there already", "0 refused");
    }

    @Test
    void importsCsvWithOneAddressARow() throws IOException {
        provisionDemo();
        Path file = Files.writeString(dir.resolve("customers.csv"), String.join("\n",
                "email,passwordHash,firstName,lastName,customerNumber,address.street,address.city,address.country,address.tags,address.isDefault",
                "ada@example.test,$2b$10$abcdefghijklmnopqrstuuG0J3sBB0V5Ig7SyuKYt5p3XpAk2I8ti,Ada,\"Lovelace, Countess\",7,Main St,Berlin,DE,BILLING|SHIPPING,true",
                "bad,,,,,,,,,",
                "cy@example.test,,Cy,,,,,,,") + "\n");

        CliRun run = CliRun.run(dir, "customers", "import", file.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains("Imported 2 customers", "1 refused");
        assertThat(run.err()).contains("line 3: email: not a valid email address");
        String export = CliRun.run(dir, "customers", "export").out();
        assertThat(export).contains("\"lastName\":\"Lovelace, Countess\"", "\"tags\":[\"BILLING\",\"SHIPPING\"]",
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

    /** The first start of a server creates the tenant demo. */
    private void provisionDemo() {
        RunningLatchkey.withoutSmtp(dir, java.util.Map.of()).close();
    }

    static void unzip(Path zip, Path target) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = entries.getNextEntry()) != null) {
                Files.copy(entries, target.resolve(entry.getName()));
            }
        }
    }
}
