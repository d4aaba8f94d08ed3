package dev.latchkey.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import dev.latchkey.adapter.persistence.DatabaseSettings;
import dev.latchkey.adapter.persistence.Persistence;
import dev.latchkey.application.port.out.QueuedMail;
import dev.latchkey.domain.tenant.TenantName;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Latchkey nodes on one PostgreSQL database and one mail server, as behind a load balancer that
 * sends each request to either: whatever one node does, the other sees at once, and what both do at
 * the same moment happens once.
 */
class MultiNodeIT {

    private static final String PASSWORD = "correct horse battery";
    private static final String WRONG = "wrong horse battery";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    @TempDir
    Path folder;

    private DatabaseSettings database;
    /** The shared database, opened once more as a third node would, to look into it. */
    private Persistence thirdNode;

    private GreenMail smtp;
    private RunningLatchkey nodeA;
    private RunningLatchkey nodeB;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    /** Both nodes start at the same moment on an empty database: one migrates and provisions, the other finds it done. */
    @BeforeEach
    void startTwoNodesAtOnce() throws Exception {
        String name = "nodes_" + DATABASES.incrementAndGet();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        database = new DatabaseSettings(postgres.getJdbcUrl("postgres", name), "postgres", "", 2);
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        Map<String, String> environment = Map.of(
                "LATCHKEY_DB_URL", database.jdbcUrl(),
                "LATCHKEY_DB_USER", database.user(),
                "LATCHKEY_DB_PASSWORD", database.password());
        ExecutorService starters = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch together = new CountDownLatch(1);
            CompletableFuture<RunningLatchkey> a = CompletableFuture.supplyAsync(
                    () -> whenReleased(
                            together, () -> RunningLatchkey.withSharedSmtp(folder.resolve("a"), smtp, environment)),
                    starters);
            CompletableFuture<RunningLatchkey> b = CompletableFuture.supplyAsync(
                    () -> whenReleased(
                            together, () -> RunningLatchkey.withSharedSmtp(folder.resolve("b"), smtp, environment)),
                    starters);
            together.countDown();
            nodeA = a.get(2, TimeUnit.MINUTES);
            nodeB = b.get(2, TimeUnit.MINUTES);
        } finally {
            starters.shutdown();
        }
        thirdNode = Persistence.open(database);
    }

    @AfterEach
    void stopNodes() {
        if (thirdNode != null) {
            thirdNode.close();
        }
        for (RunningLatchkey node : Arrays.asList(nodeA, nodeB)) {
            if (node != null) {
                node.close();
            }
        }
        smtp.stop();
    }

    @Test
    void nodesStartedTogetherOnAnEmptyDatabaseProvisionItOnceAndPublishTheSameKeys() {
        Http.Response keysOfA = nodeA.http.get("/customer/demo/.well-known/jwks.json", null);
        Http.Response keysOfB = nodeB.http.get("/customer/demo/.well-known/jwks.json", null);

        assertThat(keysOfA.status()).isEqualTo(200);
        assertThat(keysOfA.body()).isEqualTo(keysOfB.body());
        assertThat(thirdNode.signingKeys().forTenant(new TenantName("demo"))).hasSize(1);
        for (RunningLatchkey node : List.of(nodeA, nodeB)) {
            Http.Response token = node.http.postForm(
                    "/oauth/token",
                    null,
                    "grant_type=client_credentials&client_id=demo-admin" + "&client_secret="
                            + RunningLatchkey.ADMIN_SECRET);
            assertThat(token.status()).isEqualTo(200);
        }
    }

    @Test
    void aLoginOnOneNodeRefreshesOnTheOtherAndTheNewTokensWorkOnBoth() throws Exception {
        nodeA.signUpAndActivate("ada@example.test", PASSWORD);
        JsonNode loggedIn = nodeA.login("ada@example.test", PASSWORD).json();

        Http.Response refreshed = refresh(nodeB, loggedIn.get("refreshToken").asText());

        assertThat(refreshed.status()).isEqualTo(200);
        JsonNode tokens = refreshed.json();
        assertThat(tokens.get("refreshToken").asText())
                .isNotEqualTo(loggedIn.get("refreshToken").asText());
        assertThat(nodeA.http
                        .get("/customer/demo/me", tokens.get("accessToken").asText())
                        .status())
                .isEqualTo(200);
        assertThat(nodeB.http
                        .get("/customer/demo/me", tokens.get("accessToken").asText())
                        .status())
                .isEqualTo(200);
        SignedJWT signedByB = SignedJWT.parse(tokens.get("saasToken").asText());
        JWKSet keysOfA = JWKSet.parse(
                nodeA.http.get("/customer/demo/.well-known/jwks.json", null).body());
        assertThat(signedByB.verify(new ECDSAVerifier(
                        keysOfA.getKeyByKeyId(signedByB.getHeader().getKeyID()).toECKey())))
                .isTrue();
    }

    @Test
    void aRotatedRefreshTokenPresentedToTheOtherNodeAfterTheReuseWindowEndsTheSessionOnBoth() {
        JsonNode first = nodeA.signUpAndActivate("ada@example.test", PASSWORD);
        String stolen = first.get("refreshToken").asText();
        JsonNode rotated = refresh(nodeA, stolen).json();
        nodeB.clock.advance(Duration.ofSeconds(11));

        assertThat(refresh(nodeB, stolen).status()).isEqualTo(401);

        assertThat(nodeA.http
                        .get("/customer/demo/me", rotated.get("accessToken").asText())
                        .status())
                .isEqualTo(401);
        assertThat(refresh(nodeA, rotated.get("refreshToken").asText()).status())
                .isEqualTo(401);
    }

    @Test
    void aLogoutOnOneNodeEndsTheTokensOnTheOther() {
        JsonNode tokens = nodeA.signUpAndActivate("ada@example.test", PASSWORD);
        String access = tokens.get("accessToken").asText();

        assertThat(nodeB.http
                        .get("/customer/demo/logout?accessToken=" + access, access)
                        .status())
                .isEqualTo(204);

        assertThat(nodeA.http.get("/customer/demo/me", access).status()).isEqualTo(401);
        assertThat(refresh(nodeA, tokens.get("refreshToken").asText()).status()).isEqualTo(401);
    }

    @Test
    void failedLoginsOnBothNodesCountTogether() {
        nodeA.signUpAndActivate("ada@example.test", PASSWORD);
        for (int i = 0; i < 3; i++) {
            assertThat(nodeA.login("ada@example.test", WRONG).code()).isEqualTo("LK200");
        }
        for (int i = 0; i < 2; i++) {
            assertThat(nodeB.login("ada@example.test", WRONG).code()).isEqualTo("LK200");
        }

        for (RunningLatchkey node : List.of(nodeA, nodeB)) {
            Http.Response throttled = node.login("ada@example.test", PASSWORD);
            assertThat(throttled.status()).isEqualTo(429);
            assertThat(throttled.code()).isEqualTo("LK250");
            assertThat(throttled.header("Retry-After")).isPresent();
        }
    }

    @Test
    void oneRefreshTokenSentToBothNodesAtTheSameMomentGivesEachANewPairOfTheSameSession() throws Exception {
        nodeA.signUpAndActivate("ada@example.test", PASSWORD);
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                String refreshToken = nodeA.login("ada@example.test", PASSWORD)
                        .json()
                        .get("refreshToken")
                        .asText();
                String anonymousOnA = nodeA.anonymousToken();
                String anonymousOnB = nodeB.anonymousToken();
                CountDownLatch go = new CountDownLatch(1);
                CompletableFuture<Http.Response> onA = CompletableFuture.supplyAsync(
                        () -> whenReleased(go, () -> refresh(nodeA, refreshToken, anonymousOnA)), callers);
                CompletableFuture<Http.Response> onB = CompletableFuture.supplyAsync(
                        () -> whenReleased(go, () -> refresh(nodeB, refreshToken, anonymousOnB)), callers);
                go.countDown();

                List<Http.Response> answers = List.of(onA.get(30, TimeUnit.SECONDS), onB.get(30, TimeUnit.SECONDS));

                assertThat(answers)
                        .as("round %d", round)
                        .extracting(Http.Response::status)
                        .containsExactly(200, 200);
                List<String> newRefreshTokens = answers.stream()
                        .map(answer -> answer.json().get("refreshToken").asText())
                        .toList();
                assertThat(newRefreshTokens).doesNotHaveDuplicates().doesNotContain(refreshToken);
                for (Http.Response answer : answers) {
                    assertThat(nodeA.http
                                    .get(
                                            "/customer/demo/me",
                                            answer.json().get("accessToken").asText())
                                    .status())
                            .as("round %d: each new access token works", round)
                            .isEqualTo(200);
                }
            }
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void eachQueuedMailIsDeliveredExactlyOnceThoughBothNodesDeliver() throws Exception {
        int port = smtp.getSmtp().getPort();
        smtp.stop();
        List<String> recipients = IntStream.range(0, 30)
                .mapToObj(i -> "buyer" + i + "@example.test")
                .toList();
        for (int i = 0; i < recipients.size(); i++) {
            RunningLatchkey node = i % 2 == 0 ? nodeA : nodeB;
            assertThat(node.signUp(recipients.get(i), PASSWORD).status()).isEqualTo(201);
        }
        // With the mail server down each mail is tried once, by one of the nodes, and waits 30 s for its retry.
        List<QueuedMail> triedOnce = awaitOutbox(recipients, mail -> mail.attempts() > 0);
        assertThat(triedOnce).allSatisfy(mail -> assertThat(mail.attempts()).isEqualTo(1));

        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        nodeA.clock.advance(Duration.ofMinutes(1));
        nodeB.clock.advance(Duration.ofMinutes(1));

        // Now every mail is due on both nodes at once, and both workers poll.
        awaitOutbox(recipients, mail -> mail.status() == QueuedMail.Status.SENT);
        Map<String, Long> received = Arrays.stream(smtp.getReceivedMessages())
                .collect(Collectors.groupingBy(MultiNodeIT::recipientOf, Collectors.counting()));
        assertThat(received).hasSize(recipients.size());
        assertThat(received)
                .allSatisfy(
                        (recipient, count) -> assertThat(count).as(recipient).isEqualTo(1L));
    }

    private List<QueuedMail> awaitOutbox(List<String> recipients, Predicate<QueuedMail> done)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        List<QueuedMail> mails = new ArrayList<>();
        while (System.currentTimeMillis() < deadline) {
            mails = thirdNode.mailOutbox().newest(1_000).stream()
                    .filter(mail -> recipients.contains(mail.mail().recipient().value()))
                    .toList();
            if (mails.size() == recipients.size() && mails.stream().allMatch(done)) {
                return mails;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The outbox did not get there in time: "
                + mails.stream()
                        .map(mail -> mail.mail().recipient().value() + " " + mail.status() + " " + mail.attempts())
                        .toList());
    }

    private static Http.Response refresh(RunningLatchkey node, String refreshToken) {
        return refresh(node, refreshToken, node.anonymousToken());
    }

    private static Http.Response refresh(RunningLatchkey node, String refreshToken, String anonymousToken) {
        return node.http.get("/customer/demo/refreshauthtoken?refreshToken=" + refreshToken, anonymousToken);
    }

    private static <T> T whenReleased(CountDownLatch go, Supplier<T> work) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return work.get();
    }

    private static String recipientOf(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
