package dev.latchkey.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.port.out.ComposedMail;
import dev.latchkey.application.port.out.MailMessage;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.tenant.TenantName;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each mail is written in the recipient's language: German for a German tag, English for any other. */
class JteMailLanguageTest {

    private static final String ACTIVATION_LINK = "http://localhost:8080/ui/demo/optin?token=t0ken";
    private static final String RESET_LINK = "http://localhost:8080/ui/demo/password/reset?token=t0ken";
    /** English words that no German mail holds outside its links. */
    private static final String ENGLISH_WORDS =
            "(?i).*\\b(the|your|you|account|valid|password|email|sign|click|open)\\b.*";

    private final JteMailComposer composer = new JteMailComposer();
    private final TenantName demo = new TenantName("demo");
    private final EmailAddress ada = new EmailAddress("ada@example.test");

    @Test
    void aGermanActivationMailIsGermanInSubjectTextAndHtml() {
        ComposedMail mail = composer.compose(activation("de_DE"));

        assertThat(mail.subject()).isEqualTo("Aktivieren Sie Ihr Konto bei Demo");
        assertThat(mail.textBody())
                .startsWith(
                        "Willkommen! Bitte bestätigen Sie Ihre E-Mail-Adresse, um Ihr Konto bei Demo zu aktivieren.")
                .contains(ACTIVATION_LINK)
                .contains("Der Link gilt 48 Stunden.");
        assertThat(mail.htmlBody())
                .contains("<html lang=\"de\">")
                .contains("href=\"" + ACTIVATION_LINK + "\"")
                .contains(">Mein Konto aktivieren</a>")
                .contains("Der Link gilt 48 Stunden.");
        assertSpeaksNoEnglish(mail);
    }

    @Test
    void anEnglishActivationMailIsEnglishInSubjectTextAndHtml() {
        ComposedMail mail = composer.compose(activation("en_US"));

        assertThat(mail.subject()).isEqualTo("Activate your Demo account");
        assertThat(mail.textBody())
                .startsWith("Welcome! Please confirm your email address to activate your Demo account.")
                .contains(ACTIVATION_LINK)
                .contains("The link is valid for 48 hours.");
        assertThat(mail.htmlBody())
                .contains("<html lang=\"en\">")
                .contains("href=\"" + ACTIVATION_LINK + "\"")
                .contains(">Activate my account</a>");
    }

    @Test
    void aGermanResetMailIsGermanInSubjectTextAndHtml() {
        ComposedMail mail = composer.compose(reset("de_DE"));

        assertThat(mail.subject()).isEqualTo("Neues Passwort für Ihr Konto bei Demo");
        assertThat(mail.textBody())
                .startsWith("Jemand möchte das Passwort Ihres Kontos bei Demo zurücksetzen.")
                .contains(RESET_LINK)
                .contains("Der Link funktioniert nur einmal und gilt 30 Minuten.");
        assertThat(mail.htmlBody())
                .contains("<html lang=\"de\">")
                .contains("href=\"" + RESET_LINK + "\"")
                .contains(">Neues Passwort wählen</a>")
                .contains("Oder öffnen Sie diesen Link:");
        assertSpeaksNoEnglish(mail);
    }

    @Test
    void anEnglishResetMailIsEnglishInSubjectTextAndHtml() {
        ComposedMail mail = composer.compose(reset("en_US"));

        assertThat(mail.subject()).isEqualTo("Reset your Demo password");
        assertThat(mail.textBody()).contains(RESET_LINK).contains("valid for 30 minutes");
        assertThat(mail.htmlBody())
                .contains("<html lang=\"en\">")
                .contains(">Choose a new password</a>")
                .contains("Or open this link:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"de_DE", "de-DE", "de-AT", "de", "DE_de"})
    void everyGermanTagGetsGerman(String tag) {
        assertThat(composer.compose(activation(tag)).subject()).isEqualTo("Aktivieren Sie Ihr Konto bei Demo");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en_US", "en_GB", "fr_FR", "zh-Hant-TW", "dex", ""})
    void everyOtherTagGetsEnglish(String tag) {
        ComposedMail mail = composer.compose(activation(tag));
        assertThat(mail.subject()).isEqualTo("Activate your Demo account");
        assertThat(mail.htmlBody()).contains("<html lang=\"en\">");
    }

    @Test
    void everyKindOfMailIsGermanForAGermanCustomerWithTheSameLinksAsInEnglish() {
        EmailAddress newAddress = new EmailAddress("ada.new@example.test");
        List<Function<String, MailMessage>> kinds = List.of(
                this::activation,
                this::reset,
                language -> new MailMessage.AccountExists(
                        demo, ada, language, "Demo", "http://x/ui/demo/login", "http://x/ui/demo/password/forgot"),
                language -> new MailMessage.PasswordChanged(
                        demo, ada, language, "Demo", "http://x/ui/demo/password/forgot"),
                language -> new MailMessage.EmailChangeConfirmation(
                        demo,
                        newAddress,
                        language,
                        "Demo",
                        "http://x/ui/demo/email/confirm?token=c",
                        Duration.ofHours(24)),
                language -> new MailMessage.EmailChangeRequested(demo, ada, language, "Demo", newAddress),
                language -> new MailMessage.EmailChanged(
                        demo,
                        ada,
                        language,
                        "Demo",
                        newAddress,
                        "http://x/ui/demo/email/undo?token=u",
                        Duration.ofDays(7)),
                language -> new MailMessage.AccountDeletionConfirmation(
                        demo, ada, language, "Demo", "http://x/ui/demo/profile/delete?token=d", Duration.ofHours(24)));

        for (Function<String, MailMessage> kind : kinds) {
            ComposedMail german = composer.compose(kind.apply("de_DE"));
            ComposedMail english = composer.compose(kind.apply("en_US"));
            String name = kind.apply("de_DE").getClass().getSimpleName();

            assertThat(german.subject())
                    .as(name)
                    .isNotEqualTo(english.subject())
                    .contains("Demo");
            assertThat(german.htmlBody())
                    .as(name)
                    .contains("<html lang=\"de\">")
                    .contains("Diese Nachricht hat der Kundenkonto-Dienst von Demo geschickt.");
            assertThat(english.htmlBody()).as(name).contains("<html lang=\"en\">");
            assertThat(links(german.textBody())).as(name).isEqualTo(links(english.textBody()));
            assertThat(links(german.htmlBody())).as(name).isEqualTo(links(english.htmlBody()));
            assertThat(german.textBody()).as(name).doesNotStartWith("\n").endsWith("-- \nDemo\n");
            assertSpeaksNoEnglish(german);
        }
    }

    @Test
    void theNewAddressIsMarkedUpInTheMiddleOfTheGermanSentenceAndEscaped() {
        ComposedMail mail = composer.compose(new MailMessage.EmailChangeRequested(
                demo, ada, "de_DE", "Ada & <Co>", new EmailAddress("ada.new@example.test")));

        assertThat(mail.htmlBody())
                .contains(
                        "bei Ihrem Konto bei Ada &amp; &lt;Co&gt; anmelden, in <strong>ada.new@example.test</strong> ändern.");
        assertThat(mail.textBody())
                .contains("bei Ihrem Konto bei Ada & <Co> anmelden, in ada.new@example.test ändern.");
        assertThat(mail.subject()).isEqualTo("Änderung Ihrer Anmelde-E-Mail-Adresse bei Ada & <Co> angefragt");
    }

    @Test
    void aLifetimeThatIsNoWholeNumberOfHoursIsGivenInMinutes() {
        ComposedMail mail = composer.compose(
                new MailMessage.Activation(demo, ada, "de_DE", "Demo", ACTIVATION_LINK, Duration.ofMinutes(90)));

        assertThat(mail.textBody()).contains("Der Link gilt 90 Minuten.");
    }

    private MailMessage activation(String language) {
        return new MailMessage.Activation(demo, ada, language, "Demo", ACTIVATION_LINK, Duration.ofHours(48));
    }

    private MailMessage reset(String language) {
        return new MailMessage.PasswordReset(demo, ada, language, "Demo", RESET_LINK, Duration.ofMinutes(30));
    }

    private static void assertSpeaksNoEnglish(ComposedMail mail) {
        for (String part : List.of(mail.subject(), withoutLinks(mail.textBody()), withoutLinks(mail.htmlBody()))) {
            for (String line : part.split("\n")) {
                assertThat(line).as("a line of a German mail").doesNotMatch(ENGLISH_WORDS);
            }
        }
    }

    private static String withoutLinks(String body) {
        return body.replaceAll("https?://[^\\s\"<]+", "").replaceAll("[\\w.]+@[\\w.]+", "");
    }

    private static List<String> links(String body) {
        return java.util.regex.Pattern.compile("https?://[^\\s\"<]+")
                .matcher(body)
                .results()
                .map(m -> m.group())
                .toList();
    }
}
