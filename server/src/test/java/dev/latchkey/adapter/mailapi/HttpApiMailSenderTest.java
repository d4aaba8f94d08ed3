package dev.latchkey.adapter.mailapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.latchkey.adapter.persistence.DatabaseSettings;
import dev.latchkey.adapter.persistence.Persistence;
import dev.latchkey.application.port.out.ComposedMail;
import dev.latchkey.application.port.out.MailOutbox;
import dev.latchkey.application.port.out.QueuedMail;
import dev.latchkey.application.service.mail.DeliverQueuedMailService;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.tenant.TenantName;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example adapter of docs/extending.md, plugged in where the server plugs its SMTP sender: behind
 * the delivery service the outbox worker runs, on a real outbox (H2) and a real HTTP server as the API.
 */
class HttpApiMailSenderTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);
    private static final ComposedMail ACTIVATION = new ComposedMail(
            new TenantName("demo"),
            new EmailAddress("ada@example.test"),
            "Activate your Demo account",
            "Open https://shop.example/optin?token=abc&x=1",
            "<p>Open the link</p>");

    @TempDir
    Path folder;

    private Persistence persistence;
    private MailOutbox outbox;
    private HttpServer api;
    private volatile int apiStatus = 202;
    private final List<Map<String, String>> posted = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        persistence = Persistence.open(new DatabaseSettings(Persistence.embeddedUrl(folder), null, null, 2));
        outbox = persistence.mailOutbox();
        api = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        api.createContext("/v3/messages", exchange -> {
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            posted.add(fields(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(apiStatus, -1);
            exchange.close();
        });
        api.start();
    }

    @AfterEach
    void stop() {
        api.stop(0);
        persistence.close();
    }

    @Test
    void aDueMailIsPostedToTheApiAndMarkedSent() {
        outbox.enqueue(ACTIVATION, CLOCK.instant());

        int sent = delivery(sender(apiUri())).deliverDue();

        assertThat(sent).isEqualTo(1);
        assertThat(posted)
                .singleElement()
                .isEqualTo(Map.of(
                        "from",
                        "shop@example.test",
                        "to",
                        "ada@example.test",
                        "subject",
                        "Activate your Demo account",
                        "text",
                        "Open https://shop.example/optin?token=abc&x=1",
                        "html",
                        "<p>Open the link</p>"));
        assertThat(authorizations).containsExactly("Basic YXBpOmtleS0xMjM=");
        assertThat(outbox.newest(1))
                .singleElement()
                .extracting(QueuedMail::status)
                .isEqualTo(QueuedMail.Status.SENT);
    }

    @Test
    void aMailTheApiRefusesStaysQueuedForAnotherAttempt() {
        apiStatus = 503;
        outbox.enqueue(ACTIVATION, CLOCK.instant());

        int sent = delivery(sender(apiUri())).deliverDue();

        assertThat(sent).isZero();
        assertThat(posted).hasSize(1);
        assertThat(outbox.newest(1)).singleElement().satisfies(mail -> {
            assertThat(mail.status()).isEqualTo(QueuedMail.Status.PENDING);
            assertThat(mail.attempts()).isEqualTo(1);
        });
    }

    @Test
    void aMailForAnUnreachableApiStaysQueuedForAnotherAttempt() throws IOException {
        outbox.enqueue(ACTIVATION, CLOCK.instant());

        int sent = delivery(sender(URI.create("http://127.0.0.1:" + closedPort() + "/v3/messages")))
                .deliverDue();

        assertThat(sent).isZero();
        assertThat(outbox.newest(1)).singleElement().satisfies(mail -> {
            assertThat(mail.status()).isEqualTo(QueuedMail.Status.PENDING);
            assertThat(mail.attempts()).isEqualTo(1);
        });
    }

    /** What the server's composition root builds around its sender: the use case its outbox worker runs. */
    private DeliverQueuedMailService delivery(HttpApiMailSender sender) {
        return new DeliverQueuedMailService(outbox, sender, CLOCK);
    }

    private static HttpApiMailSender sender(URI endpoint) {
        return new HttpApiMailSender(endpoint, "key-123", "shop@example.test");
    }

    private URI apiUri() {
        return URI.create("http://127.0.0.1:" + api.getAddress().getPort() + "/v3/messages");
    }

    private static Map<String, String> fields(String form) {
        return Arrays.stream(form.split("&"))
                .map(field -> field.split("=", 2))
                .collect(Collectors.toMap(
                        field -> field[0], field -> URLDecoder.decode(field[1], StandardCharsets.UTF_8)));
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
