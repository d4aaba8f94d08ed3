package dev.latchkey.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The built jar serving in a process of its own on a test folder, as {@code java -jar latchkey.jar}
 * runs it: commands run in the test's process are then another process on the same data.
 */
final class ServerProcess implements AutoCloseable {

    private static final Path JAR = Path.of("target", "latchkey.jar");

    private final Process process;
    final Http http;
    private final Path log;

    private ServerProcess(Process process, Http http, Path log) {
        this.process = process;
        this.http = http;
        this.log = log;
    }

    static ServerProcess start(Path dataDir, Map<String, String> extra) {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(
                    JAR.toAbsolutePath() + " is missing: the end-to-end tests run after mvn package");
        }
        try {
            int port = freePort();
            Path log = Files.createTempFile(dataDir.getParent(), "server", ".log");
            ProcessBuilder builder = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-jar",
                            JAR.toAbsolutePath().toString())
                    .directory(dataDir.getParent().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Map<String, String> environment = builder.environment();
            environment.keySet().removeIf(key -> key.startsWith("LATCHKEY_"));
            environment.put("LATCHKEY_DATA_DIR", dataDir.toString());
            environment.put("LATCHKEY_HTTP_HOST", "127.0.0.1");
            environment.put("LATCHKEY_HTTP_PORT", Integer.toString(port));
            environment.put("LATCHKEY_BOOTSTRAP_ADMIN_SECRET", RunningLatchkey.ADMIN_SECRET);
            environment.putAll(extra);
            ServerProcess server = new ServerProcess(builder.start(), new Http("http://127.0.0.1:" + port), log);
            server.awaitReady(Duration.ofSeconds(90));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady(Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server stopped: " + output());
            }
            try {
                if (http.get("/health/ready", null).status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            sleep(200);
        }
        throw new IllegalStateException("The server did not get ready: " + output());
    }

    String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    /** SIGTERM, and waits for the orderly shutdown. */
    void stop() {
        process.destroy();
        waitForExit();
    }

    /** The exit status once the process ended. */
    int exitValue() {
        return process.exitValue();
    }

    /** SIGKILL: no shutdown at all, as a crash or {@code kill -9}. */
    void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    private void waitForExit() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("The server did not stop: " + output());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
