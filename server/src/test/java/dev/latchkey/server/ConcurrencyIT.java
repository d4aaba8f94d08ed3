package dev.latchkey.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same one-time link or the same signup sent twice at the very same moment, over HTTP, on the
 * embedded database: exactly one takes effect, the other gets the answer of a spent link; a refresh
 * token sent twice gets two new pairs of its session. (The reset link, the refresh token on two nodes
 * and the default address have theirs in {@link PasswordFlowIT}, {@link MultiNodeIT} and {@link AddressBookIT}.)
 */
class ConcurrencyIT {

    private static final String PASSWORD = "correct horse battery";
    private static final int ROUNDS = 5;

    @TempDir
    Path dataDir;

    private RunningLatchkey latchkey;
    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @BeforeEach
    void start() {
        latchkey = RunningLatchkey.withSmtp(dataDir);
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
        latchkey.close();
    }

    @Test
    void oneActivationLinkUsedTwiceAtOnceActivatesOnce() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String email = "optin" + round + "@example.test";
            assertThat(latchkey.signUp(email, PASSWORD).status()).isEqualTo(201);
            String token = RunningLatchkey.tokenIn(latchkey.awaitMails(email, 1).get(0));
            String anonymous = latchkey.anonymousToken();

            List<Http.Response> answers =
                    twoAtOnce(() -> latchkey.http.get("/customer/demo/signup/optin/" + token, anonymous));

            assertThat(answers)
                    .extracting(Http.Response::status)
                    .as("round %d", round)
                    .containsOnlyOnce(200);
            assertThat(answers)
                    .filteredOn(answer -> answer.status() != 200)
                    .singleElement()
                    .satisfies(loser -> assertThat(loser.status()).isBetween(400, 499));
            assertThat(latchkey.login(email, PASSWORD).status()).isEqualTo(200);
        }
    }

    @Test
    void oneEmailChangeLinkUsedTwiceAtOnceChangesOnce() throws Exception {
        String access = latchkey.signUpAndActivate("ada@example.test", PASSWORD)
                .get("accessToken")
                .asText();
        String current = "ada@example.test";
        for (int round = 0; round < ROUNDS; round++) {
            String next = "ada" + round + "@example.test";
            assertThat(latchkey.http
                            .postJson(
                                    "/customer/demo/me/accounts/internal/email/change",
                                    access,
                                    "{\"email\":\"" + current + "\",\"password\":\"" + PASSWORD + "\",\"newEmail\":\""
                                            + next + "\"}")
                            .status())
                    .isEqualTo(204);
            String token = RunningLatchkey.tokenIn(latchkey.awaitMails(next, 1).get(0));
            String anonymous = latchkey.anonymousToken();

            List<Http.Response> answers = twoAtOnce(() -> latchkey.http.postJson(
                    "/customer/demo/me/accounts/internal/email/change/confirm",
                    anonymous,
                    "{\"token\":\"" + token + "\"}"));

            assertThat(answers)
                    .extracting(Http.Response::status)
                    .as("round %d", round)
                    .containsOnlyOnce(204);
            assertThat(answers)
                    .filteredOn(answer -> answer.status() != 204)
                    .singleElement()
                    .satisfies(loser -> assertThat(loser.status()).isBetween(400, 499));
            assertThat(latchkey.login(next, PASSWORD).status()).isEqualTo(200);
            current = next;
        }
    }

    @Test
    void oneEmailSignedUpTwiceAtOnceIsOneAccount() throws Exception {
        String admin = latchkey.adminToken();
        for (int round = 0; round < ROUNDS; round++) {
            String email = "twice" + round + "@example.test";

            List<Http.Response> answers = twoAtOnce(() -> latchkey.signUp(email, PASSWORD));

            assertThat(answers)
                    .extracting(Http.Response::status)
                    .as("both told the same")
                    .containsExactly(201, 201);
            latchkey.awaitMails(email, 2);
            long total = latchkey.http
                    .get("/admin/demo/customers?q=" + URLEncoder.encode(email, StandardCharsets.UTF_8), admin)
                    .json()
                    .get("total")
                    .asLong();
            assertThat(total).as("accounts for %s", email).isEqualTo(1);
        }
    }

    @Test
    void twoRefreshesOfOneTokenAtOnceLeaveTheCustomerSignedInWithBothNewPairs() throws Exception {
        latchkey.signUpAndActivate("ada@example.test", PASSWORD);
        for (int round = 0; round < 10; round++) {
            String refreshToken = latchkey.login("ada@example.test", PASSWORD)
                    .json()
                    .get("refreshToken")
                    .asText();
            String anonymous = latchkey.anonymousToken();

            List<Http.Response> answers = twoAtOnce(
                    () -> latchkey.http.get("/customer/demo/refreshauthtoken?refreshToken=" + refreshToken, anonymous));

            assertThat(answers)
                    .extracting(Http.Response::status)
                    .as("round %d", round)
                    .containsExactly(200, 200);
            for (Http.Response answer : answers) {
                assertThat(latchkey.http
                                .get(
                                        "/customer/demo/me",
                                        answer.json().get("accessToken").asText())
                                .status())
                        .as("round %d: each new access token works", round)
                        .isEqualTo(200);
                String next = answer.json().get("refreshToken").asText();
                assertThat(latchkey.http
                                .get("/customer/demo/refreshauthtoken?refreshToken=" + next, anonymous)
                                .status())
                        .as("round %d: each new refresh token works", round)
                        .isEqualTo(200);
            }
        }
    }

    /** Runs {@code call} on two threads released at the same instant. */
    private List<Http.Response> twoAtOnce(Callable<Http.Response> call) throws Exception {
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Http.Response>> futures = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            futures.add(threads.submit(() -> {
                ready.countDown();
                go.await();
                return call.call();
            }));
        }
        assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
        go.countDown();
        List<Http.Response> answers = new ArrayList<>();
        for (Future<Http.Response> future : futures) {
            answers.add(future.get(30, TimeUnit.SECONDS));
        }
        return answers;
    }
}
