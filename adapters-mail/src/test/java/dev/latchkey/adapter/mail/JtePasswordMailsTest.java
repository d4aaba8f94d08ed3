package dev.latchkey.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.port.out.ComposedMail;
import dev.latchkey.application.port.out.MailMessage;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.tenant.TenantName;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class JtePasswordMailsTest {

    private final JteMailComposer composer = new JteMailComposer();
    private final TenantName demo = new TenantName("demo");
    private final EmailAddress ada = new EmailAddress("ada@example.test");

    @Test
    void theResetMailCarriesItsTokenLinkInBothPartsWithTheShopNameAndLifetime() {
        String link = "http://localhost:8080/ui/demo/password/reset?token=t0ken";
        ComposedMail mail = composer.compose(
                new MailMessage.PasswordReset(demo, ada, "en_US", "Ada & <Co>", link, Duration.ofMinutes(30)));

        assertThat(mail.recipient()).isEqualTo(ada);
        assertThat(mail.subject()).isEqualTo("Reset your Ada & <Co> password");
        assertThat(mail.textBody()).contains(link).contains("30 minutes").contains("Ada & <Co>");
        assertThat(mail.htmlBody())
                .contains("href=\"" + link + "\"")
                .contains("Ada &amp; &lt;Co&gt;")
                .doesNotContain("Ada & <Co>");
    }

    @Test
    void theChangedNoticeNamesTheShopAndLinksToTheForgottenPasswordPage() {
        String forgotten = "http://localhost:8080/ui/demo/password/forgot";
        ComposedMail mail = composer.compose(new MailMessage.PasswordChanged(demo, ada, "en_US", "Demo", forgotten));

        assertThat(mail.subject()).isEqualTo("Your Demo password was changed");
        assertThat(mail.textBody()).contains("Demo").contains(forgotten);
        assertThat(mail.htmlBody()).contains("href=\"" + forgotten + "\"");
    }
}
