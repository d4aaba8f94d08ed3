package dev.latchkey.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.latchkey.adapter.web.DemoUseCases;
import dev.latchkey.adapter.web.WebAdapter;
import dev.latchkey.adapter.web.WebSettings;
import dev.latchkey.adapter.web.auth.TrustedProxies;
import dev.latchkey.application.port.in.token.LoginUseCase;
import dev.latchkey.application.port.in.token.TokenUseCases;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
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

    private static final String ANONYMOUS_TOKEN = DemoUseCases.ANONYMOUS_TOKEN;
    private static final String LOGIN = "/customer/demo/login";
    private static final List<String> LOGIN_HEADERS =
            List.of("Authorization: Bearer " + ANONYMOUS_TOKEN, "Content-Type: application/json");
    private static final byte[] BODY =
            "{\"email\":\"ada@example.test\",\"password\":\"correct horse battery\"}".getBytes(StandardCharsets.UTF_8);

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
        web = new WebAdapter(
                        new WebSettings(
                                "127.0.0.1", 0, false, 64 * 1024, false, Clock.systemUTC(), TrustedProxies.none()),
                        DemoUseCases.with(new TokenUseCases(null, null, null, login, null, null, null)))
                .start();
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
        RawHttp raw = new RawHttp("127.0.0.1", port);
        try (RawHttp.KeptAlive kept = raw.keepAlive()) {
            assertThat(kept.send("GET", "/no-such-route", List.of(), null).status())
                    .as("the first answer, keeping the connection")
                    .isEqualTo(404);
            Future<RawHttp.Response> inFlight = background.submit(() -> raw.send("POST", LOGIN, LOGIN_HEADERS, BODY));
            assertThat(firstLoginRunning.await(30, TimeUnit.SECONDS))
                    .as("a login is in flight")
                    .isTrue();

            Future<?> stopping = background.submit(web::close);
            awaitRefusedConnections(port);
            RawHttp.Response refused = kept.send("POST", LOGIN, LOGIN_HEADERS, BODY);

            assertThat(refused.status()).isEqualTo(503);
            assertThat(new ObjectMapper().readTree(refused.body()).get("code").asText())
                    .isEqualTo("LK500");
            assertThat(refused.header("Retry-After")).hasValue("5");
            assertThat(refused.header("Connection")).hasValue("close");
            assertThat(logins.get()).as("logins the use case saw").isEqualTo(1);

            releaseFirstLogin.countDown();
            assertThat(inFlight.get(30, TimeUnit.SECONDS).status())
                    .as("the login in flight when the stop began")
                    .isEqualTo(401);
            stopping.get(30, TimeUnit.SECONDS);
        }
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
}
