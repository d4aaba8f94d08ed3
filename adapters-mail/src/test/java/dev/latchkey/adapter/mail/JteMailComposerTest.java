package dev.latchkey.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.port.out.ComposedMail;
import dev.latchkey.application.port.out.MailMessage;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.tenant.TenantName;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class JteMailComposerTest {

    private final JteMailComposer composer = new JteMailComposer();
    private final TenantName demo = new TenantName("demo");
    private final EmailAddress ada = new EmailAddress("ada@example.test");

    @Test
    void theActivationMailCarriesItsLinkInBothPartsAndItsLifetime() {
        String link = "http://localhost:8080/ui/demo/optin?token=t0ken";
        ComposedMail mail =
                composer.compose(new MailMessage.Activation(demo, ada, "en_US", "Demo", link, Duration.ofHours(48)));
        assertThat(mail.recipient()).isEqualTo(ada);
        assertThat(mail.textBody()).contains(link).contains("48 hours");
        assertThat(mail.htmlBody()).contains("href=\"" + link + "\"");
    }

    @Test
    void plainTextIsNotHtmlEscapedButHtmlIs() {
        ComposedMail mail = composer.compose(new MailMessage.AccountExists(
                demo,
                ada,
                "en_US",
                "Ada & <Co>",
                "http://localhost/ui/demo/login",
                "http://localhost/ui/demo/password/forgot"));
        assertThat(mail.subject()).isEqualTo("You already have an account with Ada & <Co>");
        assertThat(mail.textBody()).contains("Ada & <Co>");
        assertThat(mail.htmlBody()).contains("Ada &amp; &lt;Co&gt;").doesNotContain("Ada & <Co>");
        assertThat(mail.textBody()).contains("http://localhost/ui/demo/password/forgot");
    }

    @Test
    void theEmailChangeConfirmationGoesToTheNewAddressWithItsLinkInBothPartsAndItsLifetime() {
        String link = "http://localhost:8080/ui/demo/email/confirm?token=t0ken";
        EmailAddress newAddress = new EmailAddress("ada.new@example.test");
        ComposedMail mail = composer.compose(
                new MailMessage.EmailChangeConfirmation(demo, newAddress, "en_US", "Demo", link, Duration.ofHours(24)));
        assertThat(mail.recipient()).isEqualTo(newAddress);
        assertThat(mail.subject()).contains("Demo");
        assertThat(mail.textBody()).contains(link).contains("24 hours").contains("Demo");
        assertThat(mail.htmlBody()).contains("href=\"" + link + "\"").contains("24 hours");
    }

    @Test
    void theEmailChangeNoticeNamesTheNewAddressAndCarriesNoLink() {
        ComposedMail mail = composer.compose(new MailMessage.EmailChangeRequested(
                demo, ada, "en_US", "Demo", new EmailAddress("ada.new@example.test")));
        assertThat(mail.recipient()).isEqualTo(ada);
        assertThat(mail.textBody())
                .contains("ada.new@example.test")
                .contains("Demo")
                .doesNotContain("token=");
        assertThat(mail.htmlBody()).contains("ada.new@example.test").doesNotContain("token=");
    }

    @Test
    void theEmailChangedMailCarriesTheUndoLinkInBothPartsAndItsLifetimeInDays() {
        String link = "http://localhost:8080/ui/demo/email/undo?token=t0ken";
        ComposedMail mail = composer.compose(new MailMessage.EmailChanged(
                demo, ada, "en_US", "Demo", new EmailAddress("ada.new@example.test"), link, Duration.ofDays(7)));
        assertThat(mail.textBody()).contains(link).contains("7 days").contains("ada.new@example.test");
        assertThat(mail.htmlBody()).contains("href=\"" + link + "\"").contains("7 days");
    }

    @Test
    void theDeletionMailCarriesItsLinkInBothPartsAndItsLifetime() {
        String link = "http://localhost:8080/ui/demo/profile/delete?token=t0ken";
        ComposedMail mail = composer.compose(new MailMessage.AccountDeletionConfirmation(
                demo, ada, "en_US", "Ada & <Co>", link, Duration.ofHours(24)));
        assertThat(mail.subject()).isEqualTo("Confirm the deletion of your Ada & <Co> account");
        assertThat(mail.textBody()).contains(link).contains("24 hours").contains("Ada & <Co>");
        assertThat(mail.htmlBody()).contains("href=\"" + link + "\"").contains("Ada &amp; &lt;Co&gt;");
    }
}
