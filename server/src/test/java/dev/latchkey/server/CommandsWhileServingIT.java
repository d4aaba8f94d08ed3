package dev.latchkey.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.adapter.persistence.CommandAccess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands run in another process than the server, on the same embedded database: while the server
 * runs (through its loopback door), after it stopped, and after it was killed.
 */
class CommandsWhileServingIT {

    @TempDir
    Path dir;

    @Test
    void tenantsAndClientsMadeByCommandsWorkAtOnceOnTheRunningServer() {
        Path data = dir.resolve("data");
        try (ServerProcess server = ServerProcess.start(data, Map.of())) {
            assertThat(data.resolve(CommandAccess.FILE_NAME)).exists();
            assertThat(server.http
                            .get("/customerlogin/auth/anonymous/login?tenant=shop2&client_id=shop2-storefront", null)
                            .status())
                    .isEqualTo(404);

            CliRun created = CliRun.run(data, "tenant", "create", "shop2", "--display-name", "Shop Two");
            assertThat(created.exitCode()).as(created.err()).isZero();
            assertThat(created.out()).contains("Created tenant shop2 with the storefront client shop2-storefront");

            assertThat(server.http
                            .get("/customerlogin/auth/anonymous/login?tenant=shop2&client_id=shop2-storefront", null)
                            .status())
                    .isEqualTo(200);
            Http.Response page = server.http.get("/ui/shop2/login", null);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("Shop Two");

            CliRun client = CliRun.run(
                    data,
                    "client",
                    "create",
                    "--tenant",
                    "shop2",
                    "--name",
                    "shop2-backend",
                    "--scopes",
                    "customer.customer_read,customer.customer_manage");
            assertThat(client.exitCode()).as(client.err()).isZero();
            List<String> lines = client.out().lines().toList();
            String secret = lines.get(lines.size() - 1);
            String token = serviceToken(server.http, "shop2-backend", secret);
            assertThat(server.http.get("/admin/shop2/customers", token).status())
                    .isEqualTo(200);
            assertThat(server.http.get("/admin/demo/customers", token).status()).isIn(403, 404);

            assertThat(CliRun.run(data, "tenant", "list").out()).contains("demo", "shop2", "Shop Two");
            assertThat(CliRun.run(data, "client", "list", "--tenant", "shop2").out())
                    .containsPattern("shop2-backend +service +active +customer.customer_manage,customer.customer_read")
                    .containsPattern("shop2-storefront +storefront +active");

            CliRun revoked = CliRun.run(data, "client", "revoke", "--tenant", "shop2", "--name", "shop2-backend");
            assertThat(revoked.exitCode()).as(revoked.err()).isZero();
            assertThat(revoked.out()).contains("1 service tokens stopped working");
            assertThat(tokenAnswer(server.http, "shop2-backend", secret).status())
                    .isEqualTo(401);
            assertThat(server.http.get("/admin/shop2/customers", token).status())
                    .isEqualTo(401);
            assertThat(CliRun.run(data, "client", "list", "--tenant", "shop2").out())
                    .containsPattern("shop2-backend +service +revoked");
        }
    }

    @Test
    void importExportBackupAndMigrateRunWhileTheServerServes() throws IOException {
        Path data = dir.resolve("data");
        Path file = Files.writeString(
                dir.resolve("customers.jsonl"),
                "{\"email\":\"ada@example.test\",\"passwordHash\":\"$P$984478476IagS59wHZvyQMArzfx58u.\",\"firstName\":\"Ada\"}\n");
        try (ServerProcess server = ServerProcess.start(data, Map.of())) {
            CliRun imported = CliRun.run(data, "customers", "import", "--tenant", "demo", file.toString());
            assertThat(imported.exitCode()).as(imported.err()).isZero();
            assertThat(imported.out()).contains("Imported 1 customers into demo");

            String anonymous = server.http
                    .get("/customerlogin/auth/anonymous/login?tenant=demo&client_id=demo-storefront", null)
                    .json()
                    .get("access_token")
                    .asText();
            assertThat(server.http
                            .postJson(
                                    "/customer/demo/login",
                                    anonymous,
                                    "{\"email\":\"ada@example.test\",\"password\":\"hashcat\"}")
                            .status())
                    .isEqualTo(200);

            assertThat(CliRun.run(data, "customers", "export", "--tenant", "demo")
                            .out())
                    .contains("\"email\":\"ada@example.test\"");
            assertThat(CliRun.run(data, "migrate").exitCode()).isZero();
            Path zip = dir.resolve("backup.zip");
            CliRun backup = CliRun.run(data, "backup", zip.toString());
            assertThat(backup.exitCode()).as(backup.err()).isZero();
            Path restored = Files.createDirectories(dir.resolve("restored"));
            CliCommandsTest.unzip(zip, restored);
            assertThat(CliRun.run(restored, "customers", "export").out()).contains("ada@example.test");

            server.stop();
            assertThat(data.resolve(CommandAccess.FILE_NAME)).doesNotExist();
        }
        CliRun afterStop = CliRun.run(data, "customers", "export", "--tenant", "demo");
        assertThat(afterStop.exitCode()).as(afterStop.err()).isZero();
        assertThat(afterStop.out()).contains("ada@example.test");
    }

    @Test
    void theFileOfAKilledServerIsIgnored() {
        Path data = dir.resolve("data");
        try (ServerProcess server = ServerProcess.start(data, Map.of())) {
            server.kill();
        }
        assertThat(data.resolve(CommandAccess.FILE_NAME)).exists();

        CliRun created = CliRun.run(data, "tenant", "create", "shop3");
        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(CliRun.run(data, "tenant", "list").out()).contains("demo", "shop3");

        try (ServerProcess server = ServerProcess.start(data, Map.of())) {
            assertThat(server.http
                            .get("/customerlogin/auth/anonymous/login?tenant=shop3&client_id=shop3-storefront", null)
                            .status())
                    .isEqualTo(200);
        }
    }

    private static String serviceToken(Http http, String client, String secret) {
        Http.Response response = tokenAnswer(http, client, secret);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("access_token").asText();
    }

    private static Http.Response tokenAnswer(Http http, String client, String secret) {
        String basic =
                "Basic " + Base64.getEncoder().encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return http.postForm("/oauth/token", basic, "grant_type=client_credentials");
    }
}
