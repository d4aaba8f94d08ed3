package dev.latchkey.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.latchkey.adapter.persistence.Persistence;
import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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

/** The password calls over HTTP: reset by mail, change, validation, and the shop backend's reset and set. */
class PasswordFlowIT {

    private static final String PASSWORD = "correct horse battery";
    private static final String NEW_PASSWORD = "a brand new passphrase";
    private static final String RESET_SUBJECT = "Reset your Demo password";
    private static final String CHANGED_SUBJECT = "Your Demo password was changed";

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
    void resetAnswersAlikeForKnownAndUnknownEmailsAndMailsOnlyTheKnownOne() throws Exception {
        latchkey.signUpAndActivate("ada@example.test", PASSWORD);

        Http.Response unknown = requestReset("ghost@example.test");
        Http.Response known = requestReset("ada@example.test");

        assertThat(known.status()).isEqualTo(204);
        assertThat(unknown.status()).isEqualTo(known.status());
        assertThat(unknown.body()).isEqualTo(known.body()).isEmpty();
        MimeMessage reset = latchkey.awaitMails("ada@example.test", 2).get(1);
        assertThat(reset.getSubject()).isEqualTo(RESET_SUBJECT);
        assertThat(RunningLatchkey.plainText(reset))
                .contains("/ui/demo/password/reset?token=")
                .contains("30 minutes");
        assertThat(RunningLatchkey.tokenIn(reset)).isNotBlank();
        assertThat(latchkey.mailsTo("ghost@example.test")).isEmpty();
    }

    @Test
    void aPendingAccountGetsNoResetMail() {
        latchkey.signUp("pending@example.test", PASSWORD);
        latchkey.awaitMails("pending@example.test", 1);

        assertThat(requestReset("pending@example.test").status()).isEqualTo(204);

        latchkey.signUpAndActivate("marker@example.test", PASSWORD);
        assertThat(requestReset("marker@example.test").status()).isEqualTo(204);
        latchkey.awaitMails("marker@example.test", 2);
        assertThat(latchkey.mailsTo("pending@example.test")).hasSize(1);
    }

    @Test
    void aMalformedEmailIsABadRequest() {
        Http.Response response = latchkey.http.postJson(
                "/customer/demo/password/reset", latchkey.anonymousToken(), "{\"email\":\"not-an-address\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("ER001");
    }

    @Test
    void theResetLinkSetsTheNewPasswordOnceAndEndsEverySession() throws Exception {
        JsonNode activated = latchkey.signUpAndActivate("ada@example.test", PASSWORD);
        JsonNode loggedIn = latchkey.login("ada@example.test", PASSWORD).json();
        String token = resetToken("ada@example.test", 2);

        Http.Response reset = resetWith(token, NEW_PASSWORD, null);

        assertThat(reset.status()).isEqualTo(204);
        for (JsonNode session : List.of(activated, loggedIn)) {
            assertThat(useAccessToken(session.get("accessToken").asText()).status())
                    .isEqualTo(401);
            Http.Response refreshed = refresh(session.get("refreshToken").asText());
            assertThat(refreshed.status()).isEqualTo(401);
            assertThat(refreshed.code()).isEqualTo("LK203");
        }
        assertThat(latchkey.login("ada@example.test", PASSWORD).status()).isEqualTo(401);
        assertThat(latchkey.login("ada@example.test", NEW_PASSWORD).status()).isEqualTo(200);

        Http.Response again = resetWith(token, "yet another passphrase", null);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.code()).isEqualTo("ER352");
        assertThat(latchkey.login("ada@example.test", NEW_PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void aResetSendsAPasswordChangedMail() throws Exception {
        latchkey.signUpAndActivate("ada@example.test", PASSWORD);
        String token = resetToken("ada@example.test", 2);

        assertThat(resetWith(token, NEW_PASSWORD, NEW_PASSWORD).status()).isEqualTo(204);

        MimeMessage notice = latchkey.awaitMails("ada@example.test", 3).get(2);
        assertThat(notice.getSubject()).isEqualTo(CHANGED_SUBJECT);
        assertThat(RunningLatchkey.plainText(notice))
                .contains("was just changed")
                .contains("/ui/demo/password/forgot");
    }

    @Test
    void aResetLinkExpiresAfterThirtyMinutes() {
        latchkey.signUpAndActivate("ada@example.test", PASSWORD);
        String token = resetToken("ada@example.test", 2);

        latchkey.clock.advance(Duration.ofMinutes(30));
        Http.Response expired = resetWith(token, NEW_PASSWORD, null);

        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.code()).isEqualTo("ER353");
        assertThat(latchkey.login("ada@example.test", PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void aResetLinkStillWorksJustBeforeThirtyMinutes() {
        latchkey.signUpAndActivate("ada@example.test", PASSWORD);
        String token = resetToken("ada@example.test", 2);

        latchkey.clock.advance(Duration.ofMinutes(29));

        assertThat(resetWith(token, NEW_PASSWORD, null).status()).isEqualTo(204);
    }

    @Test
    void refusedResetsLeaveTheTokenUsable() {
        latchkey.signUpAndActivate("ada@example.test", PASSWORD);
        String token = resetToken("ada@example.test", 2);

        Http.Response differ = resetWith(token, NEW_PASSWORD, NEW_PASSWORD + "!");
        assertThat(differ.status()).isEqualTo(400);
        assertThat(differ.code()).isEqualTo("ER350");

        Http.Response weak = resetWith(token, "ada", "ada");
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.code()).isEqualTo("ER122");
        assertThat(weak.json().get("details").findValuesAsText("type")).containsExactly("too_short", "contains_email");

        Http.Response common = resetWith(token, "123456789", null);
        assertThat(common.status()).isEqualTo(400);
        assertThat(common.code()).isEqualTo("ER349");

        assertThat(resetWith(token, NEW_PASSWORD, NEW_PASSWORD).status()).isEqualTo(204);
    }

    @Test
    void aMissingOrUnknownTokenIsRefused() {
        Http.Response missing = latchkey.http.postJson(
                "/customer/demo/password/reset/update",
                latchkey.anonymousToken(),
                "{\"password\":\"" + NEW_PASSWORD + "\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.code()).isEqualTo("ER351");
        assertThat(missing.json().get("details").get(0).get("field").asText()).isEqualTo("token");

        Http.Response empty = resetWith("", NEW_PASSWORD, null);
        assertThat(empty.code()).isEqualTo("ER351");

        Http.Response unknown = resetWith("never-issued", NEW_PASSWORD, null);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.code()).isEqualTo("ER352");
    }

    @Test
    void twoSimultaneousResetsWithOneTokenHaveExactlyOneWinner() throws Exception {
        latchkey.signUpAndActivate("ada@example.test", PASSWORD);
        String token = resetToken("ada@example.test", 2);
        String anonymous = latchkey.anonymousToken();
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Http.Response>> answers = new ArrayList<>();
            for (String password : List.of("first new passphrase", "second new passphrase")) {
                Callable<Http.Response> reset = () -> {
                    ready.countDown();
                    go.await();
                    return latchkey.http.postJson(
                            "/customer/demo/password/reset/update",
                            anonymous,
                            "{\"token\":\"" + token + "\",\"password\":\"" + password + "\"}");
                };
                answers.add(threads.submit(reset));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<Http.Response> responses = new ArrayList<>();
            for (Future<Http.Response> answer : answers) {
                responses.add(answer.get(30, TimeUnit.SECONDS));
            }

            assertThat(responses).extracting(Http.Response::status).containsExactlyInAnyOrder(204, 400);
            assertThat(responses)
                    .filteredOn(r -> r.status() == 400)
                    .singleElement()
                    .satisfies(loser -> assertThat(loser.code()).isEqualTo("ER352"));
            int winners = 0;
            for (String password : List.of("first new passphrase", "second new passphrase")) {
                winners += latchkey.login("ada@example.test", password).status() == 200 ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aPasswordChangeKeepsTheCurrentSessionAndEndsTheOthers() throws Exception {
        JsonNode current = latchkey.signUpAndActivate("ada@example.test", PASSWORD);
        JsonNode other = latchkey.login("ada@example.test", PASSWORD).json();

        Http.Response changed = change(current.get("accessToken").asText(), PASSWORD, NEW_PASSWORD);

        assertThat(changed.status()).isEqualTo(204);
        assertThat(useAccessToken(other.get("accessToken").asText()).status()).isEqualTo(401);
        assertThat(refresh(other.get("refreshToken").asText()).status()).isEqualTo(401);
        assertThat(refresh(current.get("refreshToken").asText()).status()).isEqualTo(200);
        assertThat(change(current.get("accessToken").asText(), NEW_PASSWORD, "a third fine passphrase")
                        .status())
                .isEqualTo(204);
        assertThat(latchkey.login("ada@example.test", "a third fine passphrase").status())
                .isEqualTo(200);

        MimeMessage notice = latchkey.awaitMails("ada@example.test", 2).get(1);
        assertThat(notice.getSubject()).isEqualTo(CHANGED_SUBJECT);
    }

    @Test
    void aWrongCurrentPasswordIsUnauthorizedAndChangesNothing() {
        JsonNode current = latchkey.signUpAndActivate("ada@example.test", PASSWORD);
        JsonNode other = latchkey.login("ada@example.test", PASSWORD).json();

        Http.Response wrong = change(current.get("accessToken").asText(), "not the password", NEW_PASSWORD);

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.code()).isEqualTo("LK230");
        assertThat(refresh(other.get("refreshToken").asText()).status()).isEqualTo(200);
        assertThat(latchkey.login("ada@example.test", PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void aPasswordChangeAppliesThePolicyAndTakesOnlyACustomerToken() {
        JsonNode current = latchkey.signUpAndActivate("ada@example.test", PASSWORD);

        Http.Response weak = change(current.get("accessToken").asText(), PASSWORD, "password");
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.code()).isEqualTo("ER349");
        assertThat(weak.json().get("details").get(0).get("field").asText()).isEqualTo("newPassword");

        Http.Response anonymous = change(latchkey.anonymousToken(), PASSWORD, NEW_PASSWORD);
        assertThat(anonymous.status()).isEqualTo(403);
        assertThat(anonymous.code()).isEqualTo("LK210");
    }

    @Test
    void validationListsEveryRuleThePasswordFails() {
        Http.Response all = validate("{\"password\":\"shorty\",\"email\":\"shorty@example.test\"}");
        assertThat(all.status()).isEqualTo(400);
        assertThat(all.code()).isEqualTo("ER122");
        assertThat(all.json().get("details").findValuesAsText("type"))
                .containsExactly("too_short", "contains_email", "common_password");
        assertThat(all.json().get("details").findValuesAsText("field")).containsOnly("password");

        for (String common : List.of("password", "123456789")) {
            Http.Response refused = validate("{\"password\":\"" + common + "\"}");
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.code()).isEqualTo("ER349");
            assertThat(refused.json().get("details").findValuesAsText("type")).containsExactly("common_password");
        }

        Http.Response withEmail =
                validate("{\"password\":\"lovelace rules here\",\"email\":\"lovelace@example.test\"}");
        assertThat(withEmail.code()).isEqualTo("LK110");

        Http.Response tooLong = validate("{\"password\":\"" + "x".repeat(65) + "\"}");
        assertThat(tooLong.code()).isEqualTo("ER123");

        assertThat(validate("{\"password\":\"" + PASSWORD + "\",\"email\":\"ada@example.test\"}")
                        .status())
                .isEqualTo(204);
        assertThat(validate("{\"password\":\"" + PASSWORD + "\",\"email\":\"nope\"}")
                        .code())
                .isEqualTo("ER001");
        assertThat(validate("{\"email\":\"ada@example.test\"}").code()).isEqualTo("ER004");
    }

    @Test
    void signupRefusesACommonPassword() {
        Http.Response refused = latchkey.signUp("ada@example.test", "baseball123");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("ER349");
    }

    @Test
    void theShopCanHaveAResetMailSentOnlyWithTheScope() throws Exception {
        latchkey.signUpAndActivate("ada@example.test", PASSWORD);
        String body = "{\"email\":\"ada@example.test\",\"type\":\"customer\",\"audience\":\"storefront\"}";

        Http.Response withoutScope = adminReset(serviceToken("customer.customer_read"), body);
        assertThat(withoutScope.status()).isEqualTo(403);
        assertThat(withoutScope.code()).isEqualTo("LK211");

        JsonNode customer = latchkey.login("ada@example.test", PASSWORD).json();
        Http.Response customerToken = adminReset(customer.get("accessToken").asText(), body);
        assertThat(customerToken.status()).isEqualTo(403);

        String resetter = serviceToken("write:accounts:/auth/users");
        assertThat(adminReset(resetter, "{\"email\":\"ada@example.test\",\"type\":\"company\"}")
                        .status())
                .isEqualTo(204);
        assertThat(adminReset(resetter, "{\"email\":\"ghost@example.test\",\"type\":\"customer\"}")
                        .status())
                .isEqualTo(204);
        assertThat(adminReset(resetter, body).status()).isEqualTo(204);

        MimeMessage reset = latchkey.awaitMails("ada@example.test", 2).get(1);
        assertThat(reset.getSubject()).isEqualTo(RESET_SUBJECT);
        assertThat(resetWith(RunningLatchkey.tokenIn(reset), NEW_PASSWORD, null).status())
                .isEqualTo(204);
        assertThat(latchkey.mailsTo("ghost@example.test")).isEmpty();
    }

    @Test
    void theShopsResetRequestNeedsAKnownType() {
        String resetter = serviceToken("write:accounts:/auth/users");

        Http.Response robot = adminReset(resetter, "{\"email\":\"ada@example.test\",\"type\":\"robot\"}");
        assertThat(robot.status()).isEqualTo(400);
        assertThat(robot.code()).isEqualTo("LK111");

        Http.Response none = adminReset(resetter, "{\"email\":\"ada@example.test\"}");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.code()).isEqualTo("LK102");
    }

    @Test
    void theShopCanSetAPasswordWhichEndsEverySession() throws Exception {
        JsonNode session = latchkey.signUpAndActivate("ada@example.test", PASSWORD);
        String manager = serviceToken("customer.customer_manage");
        String id = customerId("ada@example.test");

        Http.Response weak = setPassword(manager, id, "{\"password\":\"password\"}");
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.code()).isEqualTo("ER349");

        assertThat(setPassword(manager, id, "{\"password\":\"" + NEW_PASSWORD + "\"}")
                        .status())
                .isEqualTo(204);

        assertThat(useAccessToken(session.get("accessToken").asText()).status()).isEqualTo(401);
        assertThat(refresh(session.get("refreshToken").asText()).status()).isEqualTo(401);
        assertThat(latchkey.login("ada@example.test", NEW_PASSWORD).status()).isEqualTo(200);
        MimeMessage notice = latchkey.awaitMails("ada@example.test", 2).get(1);
        assertThat(notice.getSubject()).isEqualTo(CHANGED_SUBJECT);
    }

    @Test
    void settingAPasswordNeedsTheScopeAndAKnownCustomer() {
        latchkey.signUpAndActivate("ada@example.test", PASSWORD);
        String id = customerId("ada@example.test");
        String body = "{\"password\":\"" + NEW_PASSWORD + "\"}";

        Http.Response withoutScope = setPassword(serviceToken("customer.customer_read"), id, body);
        assertThat(withoutScope.status()).isEqualTo(403);
        assertThat(withoutScope.code()).isEqualTo("LK211");

        String manager = serviceToken("customer.customer_manage");
        Http.Response unknown = setPassword(manager, UUID.randomUUID().toString(), body);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("LK130");
        assertThat(setPassword(manager, "not-a-customer-id", body).status()).isEqualTo(404);

        assertThat(latchkey.login("ada@example.test", PASSWORD).status()).isEqualTo(200);
    }

    private Http.Response requestReset(String email) {
        return latchkey.http.postJson(
                "/customer/demo/password/reset", latchkey.anonymousToken(), "{\"email\":\"" + email + "\"}");
    }

    /** Asks for a reset mail and takes the token out of it; it is the {@code count}th mail to that address. */
    private String resetToken(String email, int count) {
        assertThat(requestReset(email).status()).isEqualTo(204);
        MimeMessage mail = latchkey.awaitMails(email, count).get(count - 1);
        try {
            assertThat(mail.getSubject()).isEqualTo(RESET_SUBJECT);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
        return RunningLatchkey.tokenIn(mail);
    }

    private Http.Response resetWith(String token, String password, String passwordVerify) {
        String verify = passwordVerify == null ? "" : ",\"passwordVerify\":\"" + passwordVerify + "\"";
        return latchkey.http.postJson(
                "/customer/demo/password/reset/update",
                latchkey.anonymousToken(),
                "{\"token\":\"" + token + "\",\"password\":\"" + password + "\"" + verify + "}");
    }

    private Http.Response change(String bearer, String currentPassword, String newPassword) {
        return latchkey.http.postJson(
                "/customer/demo/password/change",
                bearer,
                "{\"currentPassword\":\"" + currentPassword + "\",\"newPassword\":\"" + newPassword + "\"}");
    }

    private Http.Response validate(String json) {
        return latchkey.http.postJson("/customer/demo/password/validate", latchkey.anonymousToken(), json);
    }

    /** A call that takes the customer token: logout, which answers {@code 401} once the token stopped working. */
    private Http.Response useAccessToken(String accessToken) {
        return latchkey.http.get("/customer/demo/logout?accessToken=" + accessToken, accessToken);
    }

    private Http.Response refresh(String refreshToken) {
        return latchkey.http.get(
                "/customer/demo/refreshauthtoken?refreshToken=" + refreshToken, latchkey.anonymousToken());
    }

    private String serviceToken(String scope) {
        Http.Response issued = latchkey.http.postForm(
                "/oauth/token",
                null,
                "grant_type=client_credentials&client_id=demo-admin&client_secret=" + RunningLatchkey.ADMIN_SECRET
                        + "&scope=" + URLEncoder.encode(scope, StandardCharsets.UTF_8));
        assertThat(issued.status()).isEqualTo(200);
        return issued.json().get("access_token").asText();
    }

    private Http.Response adminReset(String bearer, String json) {
        return latchkey.http.postJson("/v1/accounts/demo/customers/change_password", bearer, json);
    }

    private Http.Response setPassword(String bearer, String customerId, String json) {
        return latchkey.http.send(latchkey.http
                .request("/admin/demo/customers/" + customerId + "/password", bearer)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** No call shows a customer's id yet, so it is read from the embedded database, which this JVM already has open. */
    private String customerId(String email) {
        try (Connection connection = DriverManager.getConnection(Persistence.embeddedUrl(dataDir), "", "");
                PreparedStatement query = connection.prepareStatement("SELECT id FROM customer WHERE email = ?")) {
            query.setString(1, email);
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).as("a customer %s", email).isTrue();
                return rows.getString("id");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
