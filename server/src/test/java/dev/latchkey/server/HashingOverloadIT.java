package dev.latchkey.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.adapter.crypto.BoundedPasswordHasher;
import dev.latchkey.adapter.web.DemoUseCases;
import dev.latchkey.adapter.web.WebAdapter;
import dev.latchkey.adapter.web.WebSettings;
import dev.latchkey.adapter.web.WebUseCases;
import dev.latchkey.adapter.web.auth.TrustedProxies;
import dev.latchkey.application.port.in.token.LoginUseCase;
import dev.latchkey.application.port.in.token.TokenUseCases;
import dev.latchkey.application.port.out.PasswordHasher;
import dev.latchkey.domain.credential.Password;
import dev.latchkey.domain.credential.PasswordHash;
import java.time.Duration;
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
 * The hashing cap as a caller meets it: the web adapter over a {@link BoundedPasswordHasher} with one
 * slot, held by a login whose hash cannot finish until the test lets it.
 */
class HashingOverloadIT {

    private static final String ANONYMOUS_TOKEN = DemoUseCases.ANONYMOUS_TOKEN;
    private static final String BODY = "{\"email\":\"ada@example.test\",\"password\":\"correct horse battery\"}";

    private final GatedHasher gated = new GatedHasher();
    private final ExecutorService callers = Executors.newFixedThreadPool(2);
    private WebAdapter web;
    private Http http;

    @BeforeEach
    void start() {
        PasswordHasher hasher = new BoundedPasswordHasher(gated, 1, Duration.ofMillis(100), Duration.ofSeconds(1));
        PasswordHash stored = new PasswordHash("gated:another password");
        LoginUseCase login = command -> {
            hasher.verify(command.password(), stored);
            return new LoginUseCase.WrongCredentials();
        };
        WebUseCases useCases = DemoUseCases.with(new TokenUseCases(null, null, null, login, null, null, null));
        web = new WebAdapter(
                        new WebSettings(
                                "127.0.0.1",
                                0,
                                false,
                                64 * 1024,
                                false,
                                java.time.Clock.systemUTC(),
                                TrustedProxies.none()),
                        useCases)
                .start();
        http = new Http("http://127.0.0.1:" + web.port());
    }

    @AfterEach
    void stop() {
        gated.open();
        callers.shutdownNow();
        web.close();
    }

    @Test
    void aLoginThatFindsNoFreeHashingSlotInTimeIsAnswered503WithRetryAfter() throws Exception {
        Future<Http.Response> holder =
                callers.submit(() -> http.postJson("/customer/demo/login", ANONYMOUS_TOKEN, BODY));
        gated.awaitRunning();

        Http.Response overloaded = http.postJson("/customer/demo/login", ANONYMOUS_TOKEN, BODY);

        assertThat(overloaded.status()).isEqualTo(503);
        assertThat(overloaded.code()).isEqualTo("LK500");
        assertThat(overloaded.json().get("type").asText()).isEqualTo("service_unavailable");
        assertThat(overloaded.header("Retry-After")).contains("1");
        assertThat(overloaded.header("Cache-Control")).contains("no-store");

        gated.open();
        assertThat(holder.get(30, TimeUnit.SECONDS).status()).isEqualTo(401);
        assertThat(http.postJson("/customer/demo/login", ANONYMOUS_TOKEN, BODY).code())
                .isEqualTo("LK200");
        assertThat(gated.calls()).isEqualTo(2);
    }

    @Test
    void theLoginPageTellsInPlainWordsToTryAgainWhenNoHashingSlotIsFree() throws Exception {
        Future<Http.Response> holder =
                callers.submit(() -> http.postJson("/customer/demo/login", ANONYMOUS_TOKEN, BODY));
        gated.awaitRunning();

        String csrf = "A".repeat(43);
        java.net.http.HttpResponse<String> page = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create("http://127.0.0.1:" + web.port() + "/ui/demo/login"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .header("Cookie", "lk_csrf=" + csrf)
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                        "email=ada%40example.test&password=correct+horse+battery&csrf=" + csrf))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("Please try again").contains("Please wait 1 second and try again.");
        gated.open();
        assertThat(holder.get(30, TimeUnit.SECONDS).status()).isEqualTo(401);
    }

    /** Holds every hash until the test opens the gate. */
    private static final class GatedHasher implements PasswordHasher {

        private final CountDownLatch gate = new CountDownLatch(1);
        private final CountDownLatch firstRunning = new CountDownLatch(1);
        private final AtomicInteger calls = new AtomicInteger();

        @Override
        public PasswordHash hash(Password password) {
            pass();
            return new PasswordHash("gated:" + password.value());
        }

        @Override
        public boolean verify(Password password, PasswordHash hash) {
            pass();
            return hash.encoded().equals("gated:" + password.value());
        }

        @Override
        public boolean needsRehash(PasswordHash hash) {
            return false;
        }

        void open() {
            gate.countDown();
        }

        int calls() {
            return calls.get();
        }

        void awaitRunning() throws InterruptedException {
            assertThat(firstRunning.await(30, TimeUnit.SECONDS))
                    .as("a hash is running")
                    .isTrue();
        }

        private void pass() {
            calls.incrementAndGet();
            firstRunning.countDown();
            try {
                if (!gate.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("The gate never opened");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
