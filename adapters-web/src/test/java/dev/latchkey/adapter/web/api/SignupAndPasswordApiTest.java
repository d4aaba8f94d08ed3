package dev.latchkey.adapter.web.api;

import static dev.latchkey.adapter.web.DemoUseCases.ANONYMOUS_TOKEN;
import static dev.latchkey.adapter.web.DemoUseCases.CUSTOMER_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.adapter.web.Answers;
import dev.latchkey.adapter.web.DemoUseCases;
import dev.latchkey.adapter.web.WebAlone;
import dev.latchkey.application.port.in.email.ConfirmEmailChangeUseCase;
import dev.latchkey.application.port.in.email.EmailChangeUseCases;
import dev.latchkey.application.port.in.email.RequestEmailChangeUseCase;
import dev.latchkey.application.port.in.email.UndoEmailChangeUseCase;
import dev.latchkey.application.port.in.password.ChangePasswordUseCase;
import dev.latchkey.application.port.in.password.PasswordUseCases;
import dev.latchkey.application.port.in.password.ResetPasswordUseCase;
import dev.latchkey.application.port.in.password.ValidatePasswordUseCase;
import dev.latchkey.application.port.in.signup.ConfirmSignupUseCase;
import dev.latchkey.application.port.in.signup.SignUpUseCase;
import dev.latchkey.application.port.in.signup.SignupUseCases;
import dev.latchkey.application.port.in.token.CustomerTokens;
import dev.latchkey.domain.policy.PasswordRule;
import dev.latchkey.domain.token.SessionId;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Signup, the customer's password calls and the email change over HTTP, each outcome answered as the contract says. */
class SignupAndPasswordApiTest {

    private static final CustomerTokens TOKENS = new CustomerTokens(
            "access-1", "saas-1", 900, "refresh-1", 1209600, new SessionId("session-0123456789"), "en_US");
    private static final List<PasswordRule> TOO_SHORT_AND_COMMON =
            List.of(PasswordRule.TOO_SHORT, PasswordRule.COMMON_PASSWORD);

    private final Answers answers = new Answers();
    private final WebAlone web = WebAlone.serving(DemoUseCases.with(
            new SignupUseCases(
                    command -> answers.to(command, SignUpUseCase.Result.class),
                    command -> answers.to(command, ConfirmSignupUseCase.Result.class),
                    answers::record),
            new PasswordUseCases(
                    answers::record,
                    command -> answers.to(command, ResetPasswordUseCase.Result.class),
                    command -> answers.to(command, ChangePasswordUseCase.Result.class),
                    command -> answers.to(command, ValidatePasswordUseCase.Result.class)),
            new EmailChangeUseCases(
                    command -> answers.to(command, RequestEmailChangeUseCase.Result.class),
                    command -> answers.to(command, ConfirmEmailChangeUseCase.Result.class),
                    command -> answers.to(command, UndoEmailChangeUseCase.Result.class))));

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void aSignupIsCreatedOrItsPasswordRefusedNamingEveryRule() {
        String body = "{\"email\":\"ada@example.test\",\"password\":\"short\"}";
        answers.next(new SignUpUseCase.SignedUp());
        var signedUp = web.postJson("/customer/demo/signup", ANONYMOUS_TOKEN, body);
        answers.next(new SignUpUseCase.PasswordRejected(TOO_SHORT_AND_COMMON));
        var rejected = web.postJson("/customer/demo/signup", ANONYMOUS_TOKEN, body);
        answers.next(new SignUpUseCase.UnknownTenant());
        var unknown = web.postJson("/customer/demo/signup", ANONYMOUS_TOKEN, body);

        assertThat(signedUp.status()).isEqualTo(201);
        assertThat(rejected.code()).isEqualTo("ER122");
        assertThat(rejected.json().get("details"))
                .extracting(detail -> detail.get("type").asText())
                .containsExactly("too_short", "common_password");
        assertThat(unknown.code()).isEqualTo("LK300");
    }

    @Test
    void anActivationLinkLogsInOrSaysWhyNot() {
        answers.next(new ConfirmSignupUseCase.Confirmed(TOKENS));
        var confirmed = web.get("/customer/demo/signup/optin/token-1", ANONYMOUS_TOKEN);
        answers.next(new ConfirmSignupUseCase.TokenExpired());
        var expired = web.get("/customer/demo/signup/optin/token-1", ANONYMOUS_TOKEN);
        answers.next(new ConfirmSignupUseCase.TokenInvalid());
        var invalid = web.get("/customer/demo/signup/optin/token-1", ANONYMOUS_TOKEN);

        assertThat(confirmed.json().get("accessToken").asText()).isEqualTo("access-1");
        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.code()).isEqualTo("ER353");
        assertThat(invalid.code()).isEqualTo("ER352");
    }

    @Test
    void whatCannotBeATokenIsRefusedAsAnUnknownOneWithoutAskingTheUseCase() {
        var overlongPath = web.get("/customer/demo/signup/optin/" + "x".repeat(513), ANONYMOUS_TOKEN);
        var blankReset = web.postJson(
                "/customer/demo/password/reset/update",
                ANONYMOUS_TOKEN,
                "{\"token\":\"   \",\"password\":\"correct horse battery\"}");
        var missingReset = web.postJson(
                "/customer/demo/password/reset/update", ANONYMOUS_TOKEN, "{\"password\":\"correct horse battery\"}");
        var blankConfirm = web.postJson(
                "/customer/demo/me/accounts/internal/email/change/confirm", ANONYMOUS_TOKEN, "{\"token\":\" \"}");

        assertThat(overlongPath.code()).isEqualTo("ER352");
        assertThat(blankReset.code()).isEqualTo("ER352");
        assertThat(blankReset.json().get("details").get(0).get("field").asText())
                .isEqualTo("token");
        assertThat(missingReset.code()).isEqualTo("ER351");
        assertThat(blankConfirm.code()).isEqualTo("ER352");
        assertThat(answers.commands()).isEmpty();
    }

    @Test
    void aResendAndAResetRequestAreAcceptedWhateverTheAddress() {
        assertThat(web.postJson(
                                "/customer/demo/signup/optin/refresh_token",
                                ANONYMOUS_TOKEN,
                                "{\"email\":\"ada@example.test\"}")
                        .status())
                .isEqualTo(202);
        assertThat(web.postJson("/customer/demo/password/reset", ANONYMOUS_TOKEN, "{\"email\":\"ada@example.test\"}")
                        .status())
                .isEqualTo(204);
        assertThat(answers.commands()).hasSize(2);
    }

    @Test
    void aResetSetsThePasswordOrSaysWhatIsWrong() {
        String body = "{\"token\":\"token-1\",\"password\":\"correct horse battery\",\"passwordVerify\":\"x\"}";
        String path = "/customer/demo/password/reset/update";
        answers.next(new ResetPasswordUseCase.PasswordReset());
        assertThat(web.postJson(path, ANONYMOUS_TOKEN, body).status()).isEqualTo(204);
        answers.next(new ResetPasswordUseCase.TokenExpired());
        assertThat(web.postJson(path, ANONYMOUS_TOKEN, body).code()).isEqualTo("ER353");
        answers.next(new ResetPasswordUseCase.TokenInvalid());
        assertThat(web.postJson(path, ANONYMOUS_TOKEN, body).code()).isEqualTo("ER352");
        answers.next(new ResetPasswordUseCase.PasswordsDiffer());
        assertThat(web.postJson(path, ANONYMOUS_TOKEN, body).code()).isEqualTo("ER350");
        answers.next(new ResetPasswordUseCase.PasswordRejected(List.of(PasswordRule.CONTAINS_EMAIL)));
        assertThat(web.postJson(path, ANONYMOUS_TOKEN, body).code()).isEqualTo("LK110");
    }

    @Test
    void aPasswordChangeNeedsTheCurrentPassword() {
        String body = "{\"currentPassword\":\"old password\",\"newPassword\":\"correct horse battery\"}";
        String path = "/customer/demo/password/change";
        answers.next(new ChangePasswordUseCase.PasswordChanged());
        assertThat(web.postJson(path, CUSTOMER_TOKEN, body).status()).isEqualTo(204);
        answers.next(new ChangePasswordUseCase.WrongPassword());
        assertThat(web.postJson(path, CUSTOMER_TOKEN, body).code()).isEqualTo("LK230");
        answers.next(new ChangePasswordUseCase.Throttled(Duration.ofSeconds(60)));
        var throttled = web.postJson(path, CUSTOMER_TOKEN, body);
        assertThat(throttled.code()).isEqualTo("LK250");
        assertThat(throttled.header("Retry-After")).contains("60");
        answers.next(new ChangePasswordUseCase.PasswordRejected(List.of(PasswordRule.TOO_LONG)));
        var rejected = web.postJson(path, CUSTOMER_TOKEN, body);
        assertThat(rejected.code()).isEqualTo("ER123");
        assertThat(rejected.json().get("details").get(0).get("field").asText()).isEqualTo("newPassword");
        assertThat(web.postJson(path, ANONYMOUS_TOKEN, body).code()).isEqualTo("LK210");
    }

    @Test
    void aValidationNamesEveryRuleThePasswordFails() {
        String path = "/customer/demo/password/validate";
        answers.next(new ValidatePasswordUseCase.Acceptable());
        assertThat(web.postJson(path, ANONYMOUS_TOKEN, "{\"password\":\"correct horse battery\"}")
                        .status())
                .isEqualTo(204);
        answers.next(new ValidatePasswordUseCase.PasswordRejected(TOO_SHORT_AND_COMMON));
        var rejected = web.postJson(path, ANONYMOUS_TOKEN, "{\"password\":\"abc\",\"email\":\"\"}");
        assertThat(rejected.json().get("details")).hasSize(2);
    }

    @Test
    void anEmailChangeIsRequestedConfirmedAndUndoneOrRefused() {
        String request = "/customer/demo/me/accounts/internal/email/change";
        String requestBody = "{\"email\":\"ada@example.test\",\"password\":\"pw\",\"newEmail\":\"ada@new.example\"}";
        answers.next(new RequestEmailChangeUseCase.Requested());
        assertThat(web.postJson(request, CUSTOMER_TOKEN, requestBody).status()).isEqualTo(204);
        answers.next(new RequestEmailChangeUseCase.WrongCredentials());
        assertThat(web.postJson(request, CUSTOMER_TOKEN, requestBody).code()).isEqualTo("LK240");
        answers.next(new RequestEmailChangeUseCase.Throttled(Duration.ofSeconds(5)));
        assertThat(web.postJson(request, CUSTOMER_TOKEN, requestBody).code()).isEqualTo("LK250");

        String confirm = request + "/confirm";
        String undo = request + "/undo";
        String token = "{\"token\":\"token-1\"}";
        answers.next(new ConfirmEmailChangeUseCase.Changed());
        assertThat(web.postJson(confirm, ANONYMOUS_TOKEN, token).status()).isEqualTo(204);
        answers.next(new ConfirmEmailChangeUseCase.EmailTaken());
        assertThat(web.postJson(confirm, ANONYMOUS_TOKEN, token).code()).isEqualTo("LK241");
        answers.next(new ConfirmEmailChangeUseCase.TokenExpired());
        assertThat(web.postJson(confirm, ANONYMOUS_TOKEN, token).code()).isEqualTo("ER353");
        answers.next(new ConfirmEmailChangeUseCase.TokenInvalid());
        assertThat(web.postJson(confirm, ANONYMOUS_TOKEN, token).code()).isEqualTo("ER352");
        answers.next(new UndoEmailChangeUseCase.Undone());
        assertThat(web.postJson(undo, ANONYMOUS_TOKEN, token).status()).isEqualTo(204);
        answers.next(new UndoEmailChangeUseCase.EmailTaken());
        assertThat(web.postJson(undo, ANONYMOUS_TOKEN, token).code()).isEqualTo("LK241");
        answers.next(new UndoEmailChangeUseCase.TokenExpired());
        assertThat(web.postJson(undo, ANONYMOUS_TOKEN, token).code()).isEqualTo("ER353");
        answers.next(new UndoEmailChangeUseCase.TokenInvalid());
        assertThat(web.postJson(undo, ANONYMOUS_TOKEN, token).code()).isEqualTo("ER352");
    }
}
