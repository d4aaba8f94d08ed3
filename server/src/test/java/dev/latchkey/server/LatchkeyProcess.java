package dev.latchkey.server;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The runnable jar ({@code server/target/latchkey.jar}, built in the package phase before the
 * end-to-end tests) started as a child process on a data folder, the way an operator runs it; it
 * can be killed outright or stopped with {@code SIGTERM}.
 */
final class LatchkeyProcess implements AutoCloseable {

    static final Path JAR = Path.of("target", "latchkey.jar");

    private final Process process;
    private final int port;
    private final Path log;

    private LatchkeyProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the jar with {@code env} on top of a loopback address and {@code port}, and waits until it is ready. */
    static LatchkeyProcess start(Path dataDir, int port, Map<String, String> env, Path log) {
        if (!Files.isRegularFile(JAR)) {
            fail("The runnable jar %s is not built; the end-to-end tests run after the package phase", JAR.toAbsolutePath());
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-jar", JAR.toAbsolutePath().toString()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> environment = new HashMap<>(env);
        environment.put("LATCHKEY_HTTP_HOST", "127.0.0.1");
        environment.put("LATCHKEY_HTTP_PORT", Integer.toString(port));
        environment.put("LATCHKEY_DATA_DIR", dataDir.toString());
        builder.environment().putAll(environment);
        try {
            LatchkeyProcess started = new LatchkeyProcess(builder.start(), port, log);
            started.awaitReady(Duration.ofSeconds(60));
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** {@code SIGKILL}: no shutdown hook, no closing of files, nothing finishes. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** {@code SIGTERM}, then waits at most {@code limit} for the process to end; its exit code, or -1 if it did not end. */
    int terminate(Duration limit) throws InterruptedException {
        process.destroy();
        return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
    }

    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady(Duration limit) throws IOException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl() + "/health/ready")).timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("Latchkey ended with %d before it was ready:%n%s", process.exitValue(), log());
            }
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        fail("Latchkey was not ready within %s:%n%s", limit, log());
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
