package dev.latchkey.server;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mails arrive in the customer's preferred language, over SMTP, whichever way the language was chosen. */
class MailLanguageIT {

    private static final String PASSWORD = "correct horse battery";
    private static final Pattern TOKEN = Pattern.compile("[?&]token=([A-Za-z0-9_-]+)");

    @TempDir
    Path dataDir;

    private RunningLatchkey latchkey;

    @BeforeEach
    void start() {
        latchkey = RunningLatchkey.withSmtp(dataDir);
    }

    @AfterEach
    void stop() {
        latchkey.close();
    }

    @Test
    void aSignupWithGermanDetailsOverTheJsonApiGetsAGermanActivationMailWhoseLinkWorks() throws Exception {
        assertThat(signUpSpeaking("ada@example.test", "de_DE").status()).isEqualTo(201);

        MimeMessage mail = latchkey.awaitMails("ada@example.test", 1).get(0);
        assertThat(mail.getSubject()).isEqualTo("Aktivieren Sie Ihr Konto bei Demo");
        String text = part(mail, "text/plain");
        assertThat(text)
                .startsWith(
                        "Willkommen! Bitte bestätigen Sie Ihre E-Mail-Adresse, um Ihr Konto bei Demo zu aktivieren.")
                .contains("/ui/demo/optin?token=")
                .contains("Der Link gilt 48 Stunden.")
                .doesNotContain("valid for");
        assertThat(part(mail, "text/html"))
                .contains("<html lang=\"de\">")
                .contains("Mein Konto aktivieren")
                .contains("Der Link gilt 48 Stunden.");

        Http.Response activated =
                latchkey.http.get("/customer/demo/signup/optin/" + tokenIn(text), latchkey.anonymousToken());
        assertThat(activated.status()).isEqualTo(200);
    }

    @Test
    void aSignupThroughTheGermanPageGetsAGermanActivationMail() throws Exception {
        PageVisitor browser = new PageVisitor(latchkey.http.baseUrl());
        assertThat(browser.get("/ui/demo/signup?lang=de").body()).contains("Konto anlegen");

        HttpResponse<String> signedUp =
                browser.submit("/ui/demo/signup", Map.of("email", "bea@example.test", "password", PASSWORD));

        assertThat(signedUp.statusCode()).isEqualTo(200);
        MimeMessage mail = latchkey.awaitMails("bea@example.test", 1).get(0);
        assertThat(mail.getSubject()).isEqualTo("Aktivieren Sie Ihr Konto bei Demo");
        assertThat(part(mail, "text/plain")).contains("Der Link gilt 48 Stunden.");
    }

    @Test
    void aCustomerWhoChangedItsLanguageToGermanGetsAGermanResetMailWhoseLinkWorks() throws Exception {
        String token = latchkey.signUpAndActivate("cy@example.test", PASSWORD)
                .get("accessToken")
                .asText();
        assertThat(latchkey.mailsTo("cy@example.test").get(0).getSubject()).isEqualTo("Activate your Demo account");
        assertThat(patchProfile(token, "{\"preferredLanguage\":\"de_DE\"}").status())
                .isEqualTo(200);

        assertThat(requestReset("cy@example.test").status()).isEqualTo(204);

        MimeMessage mail = latchkey.awaitMails("cy@example.test", 2).get(1);
        assertThat(mail.getSubject()).isEqualTo("Neues Passwort für Ihr Konto bei Demo");
        String text = part(mail, "text/plain");
        assertThat(text)
                .startsWith("Jemand möchte das Passwort Ihres Kontos bei Demo zurücksetzen.")
                .contains("/ui/demo/password/reset?token=")
                .contains("gilt 30 Minuten");
        assertThat(part(mail, "text/html")).contains("<html lang=\"de\">").contains("Neues Passwort wählen");
        Http.Response reset = latchkey.http.postJson(
                "/customer/demo/password/reset/update",
                latchkey.anonymousToken(),
                "{\"token\":\"" + tokenIn(text) + "\",\"password\":\"a brand new passphrase\"}");
        assertThat(reset.status()).isEqualTo(204);

        MimeMessage notice = latchkey.awaitMails("cy@example.test", 3).get(2);
        assertThat(notice.getSubject()).isEqualTo("Ihr Passwort bei Demo wurde geändert");
    }

    @Test
    void aCustomerWhoChangedBackToEnglishGetsEnglishAgain() throws Exception {
        signUpSpeaking("dan@example.test", "de_DE");
        String code = tokenIn(part(latchkey.awaitMails("dan@example.test", 1).get(0), "text/plain"));
        String token = latchkey.http
                .get("/customer/demo/signup/optin/" + code, latchkey.anonymousToken())
                .json()
                .get("accessToken")
                .asText();
        assertThat(patchProfile(token, "{\"preferredLanguage\":\"fr_FR\"}").status())
                .isEqualTo(200);

        requestReset("dan@example.test");

        MimeMessage mail = latchkey.awaitMails("dan@example.test", 2).get(1);
        assertThat(mail.getSubject()).isEqualTo("Reset your Demo password");
        assertThat(part(mail, "text/html")).contains("<html lang=\"en\">");
    }

    @Test
    void theOwnerOfATakenAddressIsToldInItsOwnLanguageNotInTheSignupsOne() throws Exception {
        signUpSpeaking("eva@example.test", "de_DE");
        latchkey.awaitMails("eva@example.test", 1);

        assertThat(signUpSpeaking("eva@example.test", "en_US").status()).isEqualTo(201);

        MimeMessage told = latchkey.awaitMails("eva@example.test", 2).get(1);
        assertThat(told.getSubject()).isEqualTo("Sie haben schon ein Konto bei Demo");
        assertThat(part(told, "text/plain"))
                .contains("Sie haben schon ein Konto")
                .doesNotContain("token=");
    }

    private Http.Response signUpSpeaking(String email, String language) {
        return latchkey.http.postJson(
                "/customer/demo/signup",
                latchkey.anonymousToken(),
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD
                        + "\",\"customerDetails\":{\"preferredLanguage\":\"" + language + "\"}}");
    }

    private Http.Response patchProfile(String token, String body) {
        return latchkey.http.send(latchkey.http
                .request("/customer/demo/me", token)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private Http.Response requestReset(String email) {
        return latchkey.http.postJson(
                "/customer/demo/password/reset", latchkey.anonymousToken(), "{\"email\":\"" + email + "\"}");
    }

    private static String tokenIn(String text) {
        Matcher matcher = TOKEN.matcher(text);
        assertThat(matcher.find()).as("a link with a token in %s", text).isTrue();
        return matcher.group(1);
    }

    /** The decoded text of the mail's part of that type, wherever the multipart nests it. */
    private static String part(MimeMessage mail, String type) throws Exception {
        return find(mail, type)
                .orElseThrow(() -> new AssertionError("No " + type + " part"))
                .replace("\r\n", "\n");
    }

    private static Optional<String> find(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return Optional.of((String) part.getContent());
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                Optional<String> found = find(child, type);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
