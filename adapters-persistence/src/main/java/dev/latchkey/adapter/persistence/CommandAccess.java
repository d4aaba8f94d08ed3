package dev.latchkey.adapter.persistence;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import org.h2.tools.Server;

/**
 * How commands reach the embedded H2 database while a server holds it open. The server opens an H2
 * TCP server in its own process on a random port, which takes connections from this machine only and
 * opens the server's database only for a client that names a random key; port and key are written to
 * {@value #FILE_NAME} in the data folder, readable by its owner only, and removed when the server
 * stops. A command that finds the file and a live server connects through it, so server and command
 * work on one database; otherwise it opens the files itself.
 */
public final class CommandAccess implements AutoCloseable {

    public static final String FILE_NAME = "running-server.properties";
    private static final String BIND_ADDRESS_PROPERTY = "h2.bindAddress";
    private static final int KEY_BYTES = 32;

    private final Server tcpServer;
    private final Path file;

    private CommandAccess(Server tcpServer, Path file) {
        this.tcpServer = tcpServer;
        this.file = file;
    }

    /**
     * Makes H2's TCP server listen on the loopback interface only (it also turns away connections
     * from other machines itself); effective only when called before H2 is first used in the process.
     */
    public static void listenOnLoopbackOnly() {
        if (System.getProperty(BIND_ADDRESS_PROPERTY) == null) {
            System.setProperty(BIND_ADDRESS_PROPERTY, "127.0.0.1");
        }
    }

    /** Opens the door to the database in {@code dataDirectory}, which this process must hold open already. */
    public static CommandAccess open(Path dataDirectory, SecureRandom random) {
        byte[] keyBytes = new byte[KEY_BYTES];
        random.nextBytes(keyBytes);
        String key = HexFormat.of().formatHex(keyBytes);
        Server server;
        try {
            server = Server.createTcpServer(
                            "-tcpPort", "0", "-tcpDaemon", "-ifExists", "-key", key, databaseName(dataDirectory))
                    .start();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot open the loopback port for commands: " + e.getMessage(), e);
        }
        Path file = dataDirectory.resolve(FILE_NAME);
        try {
            writeOwnerOnly(
                    file,
                    "# The server running on this data folder, for commands; removed when it stops.\n" + "pid="
                            + ProcessHandle.current().pid() + "\nport=" + server.getPort() + "\nkey=" + key + "\n");
        } catch (IOException e) {
            server.stop();
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        return new CommandAccess(server, file);
    }

    /**
     * The JDBC URL a command uses for the embedded database in {@code dataDirectory}: through the
     * running server's door when the file names a live process whose port answers to its key,
     * else the files themselves (a file left by a server that was killed is ignored).
     */
    public static String urlFor(Path dataDirectory) {
        return runningServerUrl(dataDirectory).orElseGet(() -> Persistence.embeddedUrl(dataDirectory));
    }

    static Optional<String> runningServerUrl(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        String pid = properties.getProperty("pid", "");
        String port = properties.getProperty("port", "");
        String key = properties.getProperty("key", "");
        if (!pid.matches("\\d{1,19}") || !port.matches("\\d{1,5}") || !key.matches("[0-9a-f]{" + 2 * KEY_BYTES + "}")) {
            return Optional.empty();
        }
        if (ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false)) {
            String url = "jdbc:h2:tcp://127.0.0.1:" + port + "/" + key;
            return answers(url) ? Optional.of(url) : Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean answers(String url) {
        try (Connection ignored = DriverManager.getConnection(url, "", "")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** The name under which H2 keeps the embedded database open in a process; TCP clients share it. */
    static String databaseName(Path dataDirectory) {
        return "file:" + dataDirectory.toAbsolutePath().resolve("latchkey");
    }

    private static void writeOwnerOnly(Path file, String content) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Path temporary = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                ? Files.createTempFile(
                        directory,
                        FILE_NAME,
                        ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(directory, FILE_NAME, ".tmp");
        try {
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Removes the file, then closes the port; commands connected through it lose their connection. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a stale file is ignored by commands: its process is gone
        }
        tcpServer.stop();
    }
}
