package dev.latchkey.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmailChangeIT {

    private static final String PASSWORD = "correct horse battery";
    private static final String OLD = "ada@example.test";
    private static final String NEW = "ada.new@example.test";
    private static final String CHANGE = "/customer/demo/me/accounts/internal/email/change";

    @TempDir
    Path dataDir;

    private RunningLatchkey latchkey;
    private Http http;
    private String access;

    @BeforeEach
    void start() {
        latchkey = RunningLatchkey.withSmtp(dataDir);
        http = latchkey.http;
        access = latchkey.signUpAndActivate(OLD, PASSWORD).get("accessToken").asText();
    }

    @AfterEach
    void stop() {
        latchkey.close();
    }

    @Test
    void aConfirmedChangeMovesTheLoginToTheNewAddressAndMailsBothAddresses() throws Exception {
        assertThat(requestChange(OLD, PASSWORD, NEW).status()).isEqualTo(204);

        MimeMessage confirmation = latchkey.awaitMails(NEW, 1).get(0);
        assertThat(confirmation.getSubject()).isEqualTo("Confirm your new email address for Demo");
        assertThat(RunningLatchkey.plainText(confirmation))
                .contains("/ui/demo/email/confirm?token=")
                .contains("24 hours");
        MimeMessage notice = latchkey.awaitMails(OLD, 2).get(1);
        assertThat(notice.getSubject()).isEqualTo("A change of your Demo sign-in email was requested");
        assertThat(RunningLatchkey.plainText(notice)).contains(NEW).doesNotContain("token=");
        assertThat(latchkey.login(OLD, PASSWORD).status())
                .as("nothing changes before the confirmation")
                .isEqualTo(200);

        assertThat(confirm(RunningLatchkey.tokenIn(confirmation)).status()).isEqualTo(204);

        assertThat(latchkey.login(NEW, PASSWORD).status()).isEqualTo(200);
        assertThat(latchkey.login(OLD, PASSWORD).code()).isEqualTo("LK200");
        MimeMessage changed = latchkey.awaitMails(OLD, 3).get(2);
        assertThat(changed.getSubject()).isEqualTo("Your Demo sign-in email was changed");
        assertThat(RunningLatchkey.plainText(changed))
                .contains("/ui/demo/email/undo?token=")
                .contains("7 days")
                .contains(NEW);
        assertThat(http.get("/customer/demo/me/sessions", access).status())
                .as("sessions survive a change")
                .isEqualTo(200);
    }

    @Test
    void theContactEmailFollowsTheLoginEmailOnlyWhenAsked() {
        assertThat(confirm(requestedToken(NEW)).status()).isEqualTo(204);
        assertThat(http.get("/customer/demo/me", access)
                        .json()
                        .get("contactEmail")
                        .asText())
                .isEqualTo(NEW);

        String withoutSync =
                "{\"email\":\"" + NEW + "\",\"password\":\"" + PASSWORD + "\",\"newEmail\":\"third@example.test\"}";
        assertThat(http.postJson(CHANGE, access, withoutSync).status()).isEqualTo(204);
        String token = RunningLatchkey.tokenIn(
                latchkey.awaitMails("third@example.test", 1).get(0));
        assertThat(confirm(token).status()).isEqualTo(204);

        assertThat(latchkey.login("third@example.test", PASSWORD).status()).isEqualTo(200);
        assertThat(http.get("/customer/demo/me", access)
                        .json()
                        .get("contactEmail")
                        .asText())
                .isEqualTo(NEW);
    }

    @Test
    void aWrongPasswordOrAnotherEmailIsTheSame401AndChangesNothing() {
        Http.Response wrongPassword = requestChange(OLD, "not the password", NEW);
        Http.Response wrongEmail = requestChange("bob@example.test", PASSWORD, NEW);

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.code()).isEqualTo("LK240");
        assertThat(wrongEmail.body()).isEqualTo(wrongPassword.body());
        assertThat(requestChange(OLD, PASSWORD, "ada.other@example.test").status())
                .isEqualTo(204);
        latchkey.awaitMails("ada.other@example.test", 1);
        assertThat(latchkey.mailsTo(NEW)).isEmpty();
    }

    @Test
    void aTakenNewAddressIsAnswered204AndNothingChanges() throws Exception {
        latchkey.signUpAndActivate("bob@example.test", PASSWORD);

        assertThat(requestChange(OLD, PASSWORD, "bob@example.test").status()).isEqualTo(204);

        MimeMessage notice = latchkey.awaitMails(OLD, 2).get(1);
        assertThat(notice.getSubject()).isEqualTo("A change of your Demo sign-in email was requested");
        assertThat(requestChange(OLD, PASSWORD, "ada.other@example.test").status())
                .isEqualTo(204);
        latchkey.awaitMails("ada.other@example.test", 1);
        assertThat(latchkey.mailsTo("bob@example.test"))
                .as("only bob's activation mail")
                .hasSize(1);
        assertThat(latchkey.login(OLD, PASSWORD).status()).isEqualTo(200);
        assertThat(latchkey.login("bob@example.test", PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void anInvalidNewEmailIs400NamingTheField() {
        Http.Response response = requestChange(OLD, PASSWORD, "not an address");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("ER001");
        assertThat(response.json().get("details").get(0).get("field").asText()).isEqualTo("newEmail");
        Http.Response wrongType = http.postJson(
                CHANGE,
                access,
                "{\"email\":\"" + OLD + "\",\"password\":\"" + PASSWORD + "\",\"newEmail\":\"" + NEW
                        + "\",\"syncContactEmail\":\"yes\"}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().get("details").get(0).get("field").asText()).isEqualTo("syncContactEmail");
    }

    @Test
    void onlyACustomerTokenMayAskForAChange() {
        Http.Response anonymous = http.postJson(CHANGE, latchkey.anonymousToken(), body(OLD, PASSWORD, NEW));

        assertThat(anonymous.status()).isEqualTo(403);
        assertThat(http.postJson(CHANGE, null, body(OLD, PASSWORD, NEW)).code()).isEqualTo("ER802");
    }

    @Test
    void theConfirmationTokenIsSingleUse() {
        String token = requestedToken(NEW);
        assertThat(confirm(token).status()).isEqualTo(204);

        Http.Response again = confirm(token);

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.code()).isEqualTo("ER352");
        assertThat(confirm("").code()).isEqualTo("ER351");
        assertThat(http.postJson(CHANGE + "/confirm", latchkey.anonymousToken(), "{}")
                        .code())
                .isEqualTo("ER351");
    }

    @Test
    void theConfirmationTokenExpiresAfter24Hours() {
        String token = requestedToken(NEW);
        latchkey.clock.advance(Duration.ofHours(24));

        Http.Response expired = confirm(token);

        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.code()).isEqualTo("ER353");
        assertThat(latchkey.login(OLD, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void anAddressTakenBeforeTheConfirmationIsAConflictAndNothingChanges() {
        String token = requestedToken(NEW);
        assertThat(latchkey.signUp(NEW, PASSWORD).status()).isEqualTo(201);
        latchkey.awaitMails(NEW, 2);

        Http.Response conflict = confirm(token);

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.code()).isEqualTo("LK241");
        assertThat(latchkey.login(OLD, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void undoRestoresTheOldAddressAndEndsEverySession() {
        String other = latchkey.login(OLD, PASSWORD).json().get("accessToken").asText();
        assertThat(confirm(requestedToken(NEW)).status()).isEqualTo(204);
        String afterChange =
                latchkey.login(NEW, PASSWORD).json().get("accessToken").asText();
        String undoToken = RunningLatchkey.tokenIn(latchkey.awaitMails(OLD, 3).get(2));

        assertThat(undo(undoToken).status()).isEqualTo(204);

        for (String token : List.of(access, other, afterChange)) {
            assertThat(http.get("/customer/demo/me/sessions", token).code()).isEqualTo("ER800");
        }
        assertThat(latchkey.login(NEW, PASSWORD).code()).isEqualTo("LK200");
        JsonNode again = latchkey.login(OLD, PASSWORD).json();
        assertThat(undo(undoToken).code()).as("the undo link is single use").isEqualTo("ER352");
        List<String> types = eventTypes(again.get("accessToken").asText());
        assertThat(types)
                .containsSubsequence(
                        "login_succeeded", "email_change_undone", "email_change_confirmed", "email_change_requested");
    }

    @Test
    void undoAfterSevenDaysIsExpired() {
        assertThat(confirm(requestedToken(NEW)).status()).isEqualTo(204);
        String undoToken = RunningLatchkey.tokenIn(latchkey.awaitMails(OLD, 3).get(2));
        latchkey.clock.advance(Duration.ofDays(7));

        Http.Response expired = undo(undoToken);

        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.code()).isEqualTo("ER353");
        assertThat(latchkey.login(NEW, PASSWORD).status()).isEqualTo(200);
    }

    /** Asks for a change to {@code newEmail} and returns the token of the confirmation mail it got. */
    private String requestedToken(String newEmail) {
        int before = latchkey.mailsTo(newEmail).size();
        assertThat(requestChange(OLD, PASSWORD, newEmail).status()).isEqualTo(204);
        return RunningLatchkey.tokenIn(latchkey.awaitMails(newEmail, before + 1).get(before));
    }

    private Http.Response requestChange(String email, String password, String newEmail) {
        return http.postJson(CHANGE, access, body(email, password, newEmail));
    }

    private Http.Response confirm(String token) {
        return http.postJson(CHANGE + "/confirm", latchkey.anonymousToken(), "{\"token\":\"" + token + "\"}");
    }

    private Http.Response undo(String token) {
        return http.postJson(CHANGE + "/undo", latchkey.anonymousToken(), "{\"token\":\"" + token + "\"}");
    }

    private List<String> eventTypes(String accessToken) {
        Http.Response events = http.get("/customer/demo/me/events", accessToken);
        assertThat(events.status()).isEqualTo(200);
        return events.json().findValuesAsText("type");
    }

    private static String body(String email, String password, String newEmail) {
        return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"newEmail\":\"" + newEmail
                + "\",\"syncContactEmail\":true}";
    }
}
