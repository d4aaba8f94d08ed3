package dev.latchkey.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.latchkey.application.port.out.ComposedMail;
import dev.latchkey.application.port.out.MailDeliveryException;
import dev.latchkey.application.port.out.MailMessage;
import dev.latchkey.application.port.out.QueuedMail;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.tenant.TenantName;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SmtpMailSenderTest {

    private static final String LINK = "https://shop.example/ui/demo/optin?token=abc_DEF-123";

    private GreenMail smtpServer;

    @BeforeEach
    void startSmtpServer() {
        smtpServer = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtpServer.start();
    }

    @AfterEach
    void stopSmtpServer() {
        smtpServer.stop();
    }

    @Test
    void deliversTheHtmlAndPlainTextPartsWithTheSameLink() throws Exception {
        ComposedMail activation = new JteMailComposer()
                .compose(new MailMessage.Activation(
                        new TenantName("demo"),
                        new EmailAddress("ada@example.test"),
                        "en_US",
                        "Demo Shop",
                        LINK,
                        Duration.ofHours(48)));

        try (SmtpMailSender sender =
                new SmtpMailSender(settings(smtpServer.getSmtp().getPort()))) {
            sender.send(new QueuedMail("mail-1", activation, QueuedMail.Status.PENDING, 0, Instant.now()));
        }

        assertThat(smtpServer.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage received = smtpServer.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("Activate your Demo Shop account");
        assertThat(received.getAllRecipients()[0].toString()).isEqualTo("ada@example.test");
        assertThat(received.getFrom()[0].toString()).isEqualTo("shop@example.test");
        String body = GreenMailUtil.getBody(received);
        assertThat(body).contains("text/plain").contains("text/html").contains("token=3Dabc_DEF-123");
    }

    @Test
    void anUnreachableServerIsADeliveryFailureNotACrash() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ComposedMail mail = new ComposedMail(
                new TenantName("demo"), new EmailAddress("ada@example.test"), "Hello", "text", "<p>html</p>");
        try (SmtpMailSender sender = new SmtpMailSender(settings(closedPort))) {
            assertThatThrownBy(() ->
                            sender.send(new QueuedMail("mail-2", mail, QueuedMail.Status.PENDING, 0, Instant.now())))
                    .isInstanceOf(MailDeliveryException.class)
                    .hasMessageStartingWith("SMTP delivery failed");
        }
    }

    @Test
    void aServersReplyNamingTheRecipientIsLoggedWithoutTheAddress() {
        assertThat(SmtpMailSender.withoutAddresses("550 5.1.1 <ada@example.test>: Recipient address rejected"))
                .isEqualTo("550 5.1.1 <***>: Recipient address rejected");
    }

    private static SmtpSettings settings(int port) {
        return new SmtpSettings("127.0.0.1", port, Optional.empty(), Optional.empty(), "SMTP", "shop@example.test");
    }
}
