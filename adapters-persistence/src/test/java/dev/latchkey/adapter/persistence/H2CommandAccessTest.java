package dev.latchkey.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.application.port.out.contract.TestData;
import dev.latchkey.domain.tenant.TenantName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loopback door a server on the embedded database opens for commands, and how a command picks its way in. */
class H2CommandAccessTest {

    @TempDir
    Path folder;

    @Test
    void aCommandReachesTheServersDatabaseThroughTheDoorAndSeesItsWrites() {
        try (Persistence server = Persistence.open(H2Databases.inFolder(folder));
                CommandAccess door = CommandAccess.open(folder, new SecureRandom())) {
            String url = CommandAccess.urlFor(folder);
            assertThat(url).startsWith("jdbc:h2:tcp://127.0.0.1:");

            try (Persistence command = Persistence.open(new DatabaseSettings(url, "", "", 2))) {
                command.tenants().add(TestData.tenant("shop2"));
                assertThat(server.tenants().find(new TenantName("shop2"))).isPresent();
            }
        }
    }

    @Test
    void theFileIsTheOwnersAloneAndGoesWithTheServer() throws IOException {
        Path file = folder.resolve(CommandAccess.FILE_NAME);
        try (Persistence server = Persistence.open(H2Databases.inFolder(folder));
                CommandAccess door = CommandAccess.open(folder, new SecureRandom())) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
            assertThat(Files.readString(file)).containsPattern("key=[0-9a-f]{64}");
        }
        assertThat(file).doesNotExist();
        assertThat(CommandAccess.urlFor(folder)).isEqualTo(Persistence.embeddedUrl(folder));
    }

    @Test
    void onlyTheKeyOpensTheDatabase() throws IOException {
        try (Persistence server = Persistence.open(H2Databases.inFolder(folder));
                CommandAccess door = CommandAccess.open(folder, new SecureRandom())) {
            String url = CommandAccess.urlFor(folder);
            String port = url.substring("jdbc:h2:tcp://127.0.0.1:".length(), url.lastIndexOf('/'));
            for (String database :
                    new String[] {"0".repeat(64), CommandAccess.databaseName(folder), "mem:management_db_" + port}) {
                assertThatThrownBy(() -> DriverManager.getConnection(
                                        "jdbc:h2:tcp://127.0.0.1:" + port + "/" + database, "", "")
                                .close())
                        .as(database)
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("Wrong user name or password");
            }
        }
    }

    @Test
    void aFileLeftByAKilledServerIsIgnored() throws Exception {
        Process gone =
                new ProcessBuilder("java", "-version").redirectErrorStream(true).start();
        gone.getInputStream().readAllBytes();
        gone.waitFor();
        Path file = folder.resolve(CommandAccess.FILE_NAME);
        Files.writeString(file, "pid=" + gone.pid() + "\nport=1\nkey=" + "a".repeat(64) + "\n");
        assertThat(CommandAccess.urlFor(folder)).isEqualTo(Persistence.embeddedUrl(folder));

        Files.writeString(file, "pid=" + ProcessHandle.current().pid() + "\nport=1\nkey=" + "a".repeat(64) + "\n");
        assertThat(CommandAccess.urlFor(folder)).isEqualTo(Persistence.embeddedUrl(folder));

        Files.writeString(file, "not what a server writes");
        assertThat(CommandAccess.urlFor(folder)).isEqualTo(Persistence.embeddedUrl(folder));
    }
}
