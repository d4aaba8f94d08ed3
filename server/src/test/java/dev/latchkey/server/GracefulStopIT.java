package dev.latchkey.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.latchkey.adapter.web.WebAdapter;
import dev.latchkey.adapter.web.WebSettings;
import dev.latchkey.adapter.web.auth.TrustedProxies;
import dev.latchkey.application.port.in.token.LoginUseCase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The web adapter stopping while a login is in flight and a client keeps a connection open: the login in
 * flight is answered, and a request sent on the open connection after the stop began is refused with the
 * error body before any use case runs, so nothing is done that might not be answered.
 */
class GracefulStopIT {

    private static final String ANONYMOUS_TOKEN = "anonymous-token-for-the-stop-test";
    private static final String BODY = "{\"email\":\"ada@example.test\",\"password\":\"correct horse battery\"}";

    private final CountDownLatch firstLoginRunning = new CountDownLatch(1);
    private final CountDownLatch releaseFirstLogin = new CountDownLatch(1);
    private final AtomicInteger logins = new AtomicInteger();
    private final ExecutorService background = Executors.newFixedThreadPool(2);
    private WebAdapter web;

    @BeforeEach
    void start() {
        LoginUseCase login = command -> {
            if (logins.incrementAndGet() == 1) {
                firstLoginRunning.countDown();
                await(releaseFirstLogin);
            }
            return new LoginUseCase.WrongCredentials();
        };
        web = new WebAdapter(new WebSettings("127.0.0.1", 0, false, 64 * 1024, false, Clock.systemUTC(),
                TrustedProxies.none()), OnlyUseCases.loginOfDemo(ANONYMOUS_TOKEN, login)).start();
    }

    @AfterEach
    void stop() {
        releaseFirstLogin.countDown();
        background.shutdownNow();
        web.close();
    }

    @Test
    void aRequestOnAnOpenConnectionAfterTheStopBeganIsRefusedAndTheOneInFlightIsAnswered() throws Exception {
        int port = web.port();
        try (Socket kept = new Socket("127.0.0.1", port)) {
            send(kept, "GET /no-such-route HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            assertThat(readResponse(kept).status).as("the first answer, keeping the connection").isEqualTo(404);
            Future<RawResponse> inFlight = background.submit(() -> {
                try (Socket other = new Socket("127.0.0.1", port)) {
                    send(other, login());
                    return readResponse(other);
                }
            });
            assertThat(firstLoginRunning.await(30, TimeUnit.SECONDS)).as("a login is in flight").isTrue();

            Future<?> stopping = background.submit(web::close);
            awaitRefusedConnections(port);
            send(kept, login());
            RawResponse refused = readResponse(kept);

            assertThat(refused.status).isEqualTo(503);
            assertThat(new ObjectMapper().readTree(refused.body).get("code").asText()).isEqualTo("LK500");
            assertThat(refused.headers).contains("retry-after: 5", "connection: close");
            assertThat(logins.get()).as("logins the use case saw").isEqualTo(1);

            releaseFirstLogin.countDown();
            assertThat(inFlight.get(30, TimeUnit.SECONDS).status).as("the login in flight when the stop began").isEqualTo(401);
            stopping.get(30, TimeUnit.SECONDS);
        }
    }

    private static String login() {
        return "POST /customer/demo/login HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + ANONYMOUS_TOKEN
                + "\r\nContent-Type: application/json\r\nContent-Length: " + BODY.length() + "\r\n\r\n" + BODY;
    }

    /** Once the listening socket is closed the stop has begun: requests are refused before it closes. */
    private static void awaitRefusedConnections(int port) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            try (Socket probe = new Socket("127.0.0.1", port)) {
                Thread.sleep(5);
            } catch (IOException refused) {
                return;
            }
        }
        throw new AssertionError("The listening socket never closed");
    }

    private static void send(Socket socket, String request) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(request.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** One response with a {@code Content-Length}: its status, its headers in lower case, and its body. */
    private static RawResponse readResponse(Socket socket) throws IOException {
        socket.setSoTimeout(30_000);
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int next = in.read();
            if (next < 0) {
                throw new IOException("The connection closed before a response: " + head);
            }
            head.write(next);
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT).split("\r\n");
        int length = 0;
        for (String line : lines) {
            if (line.startsWith("content-length:")) {
                length = Integer.parseInt(line.substring("content-length:".length()).trim());
            }
        }
        String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
        return new RawResponse(Integer.parseInt(lines[0].split(" ")[1]), List.of(lines), body);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record RawResponse(int status, List<String> headers, String body) {
    }
}
