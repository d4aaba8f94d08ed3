package dev.latchkey.adapter.web.page;

import static dev.latchkey.adapter.web.DemoUseCases.CUSTOMER;
import static dev.latchkey.adapter.web.DemoUseCases.CUSTOMER_TOKEN;
import static dev.latchkey.adapter.web.DemoUseCases.SESSION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.adapter.web.Answers;
import dev.latchkey.adapter.web.DemoUseCases;
import dev.latchkey.adapter.web.WebAlone;
import dev.latchkey.application.port.in.account.AccountExport;
import dev.latchkey.application.port.in.account.AccountOverviewUseCase;
import dev.latchkey.application.port.in.account.AccountUseCases;
import dev.latchkey.application.port.in.account.DeleteAccountUseCase;
import dev.latchkey.application.port.in.account.ExportAccountUseCase;
import dev.latchkey.application.port.in.address.AddAddressUseCase;
import dev.latchkey.application.port.in.address.AddressUseCases;
import dev.latchkey.application.port.in.address.DeleteAddressUseCase;
import dev.latchkey.application.port.in.address.GetAddressUseCase;
import dev.latchkey.application.port.in.address.UpdateAddressUseCase;
import dev.latchkey.application.port.in.email.ConfirmEmailChangeUseCase;
import dev.latchkey.application.port.in.email.EmailChangeUseCases;
import dev.latchkey.application.port.in.email.RequestEmailChangeUseCase;
import dev.latchkey.application.port.in.email.UndoEmailChangeUseCase;
import dev.latchkey.application.port.in.mail.MailUseCases;
import dev.latchkey.application.port.in.password.ChangePasswordUseCase;
import dev.latchkey.application.port.in.password.PasswordUseCases;
import dev.latchkey.application.port.in.password.ResetPasswordUseCase;
import dev.latchkey.application.port.in.password.ValidatePasswordUseCase;
import dev.latchkey.application.port.in.profile.CustomerProfile;
import dev.latchkey.application.port.in.profile.ProfileUseCases;
import dev.latchkey.application.port.in.profile.UpdateProfileUseCase;
import dev.latchkey.application.port.in.session.EndSessionUseCase;
import dev.latchkey.application.port.in.session.KeepSessionAliveUseCase;
import dev.latchkey.application.port.in.session.SessionSummary;
import dev.latchkey.application.port.in.session.SessionUseCases;
import dev.latchkey.application.port.in.signup.ConfirmSignupUseCase;
import dev.latchkey.application.port.in.signup.SignUpUseCase;
import dev.latchkey.application.port.in.signup.SignupUseCases;
import dev.latchkey.application.port.in.token.CustomerTokens;
import dev.latchkey.application.port.in.token.LoginUseCase;
import dev.latchkey.application.port.in.token.TokenUseCases;
import dev.latchkey.domain.customer.AccountStatus;
import dev.latchkey.domain.customer.CustomerNumber;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.policy.PasswordRule;
import dev.latchkey.domain.profile.Address;
import dev.latchkey.domain.profile.AddressId;
import dev.latchkey.domain.profile.Profile;
import dev.latchkey.domain.token.SessionId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The customer pages over HTTP, each outcome of their use cases shown as a page or a redirect. */
class PagesTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final AddressId ADDRESS =
            new AddressId(java.util.UUID.fromString("0b7c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d"));
    private static final CustomerProfile ADA = new CustomerProfile(
            CUSTOMER,
            new CustomerNumber("10001"),
            new EmailAddress("ada@example.test"),
            AccountStatus.ACTIVE,
            true,
            Profile.defaults(),
            Optional.of(List.of()));
    private static final CustomerTokens TOKENS = new CustomerTokens(
            "signed-in-access-token-0123456789",
            "saas",
            900,
            "refresh",
            1209600,
            new SessionId("session-0123456789"),
            "de_DE");
    private static final Pattern CSRF = Pattern.compile("lk_csrf=([A-Za-z0-9_-]{43})");

    private final Answers answers = new Answers();
    private final WebAlone web = WebAlone.serving(
            DemoUseCases.with(
                    new TokenUseCases(
                            null,
                            null,
                            null,
                            command -> answers.to(command, LoginUseCase.Result.class),
                            null,
                            (grant, origin) -> answers.record(grant),
                            null),
                    new SignupUseCases(
                            command -> answers.to(command, SignUpUseCase.Result.class),
                            command -> answers.to(command, ConfirmSignupUseCase.Result.class),
                            null),
                    new PasswordUseCases(
                            answers::record,
                            command -> answers.to(command, ResetPasswordUseCase.Result.class),
                            command -> answers.to(command, ChangePasswordUseCase.Result.class),
                            command -> answers.to(command, ValidatePasswordUseCase.Result.class)),
                    new EmailChangeUseCases(
                            command -> answers.to(command, RequestEmailChangeUseCase.Result.class),
                            command -> answers.to(command, ConfirmEmailChangeUseCase.Result.class),
                            command -> answers.to(command, UndoEmailChangeUseCase.Result.class)),
                    new ProfileUseCases(null, command -> answers.to(command, UpdateProfileUseCase.Result.class)),
                    new AddressUseCases(
                            command -> answers.to(command, AddAddressUseCase.Result.class),
                            null,
                            command -> answers.to(command, GetAddressUseCase.Result.class),
                            command -> answers.to(command, UpdateAddressUseCase.Result.class),
                            command -> answers.to(command, DeleteAddressUseCase.Result.class),
                            null),
                    new SessionUseCases(
                            null,
                            command -> answers.to(command, EndSessionUseCase.Result.class),
                            answers::record,
                            command -> new KeepSessionAliveUseCase.Alive()),
                    new AccountUseCases(
                            null,
                            command -> answers.to(command, ExportAccountUseCase.Result.class),
                            answers::record,
                            command -> answers.to(command, DeleteAccountUseCase.Result.class),
                            null,
                            command -> command.customer().equals(CUSTOMER)
                                    ? new AccountOverviewUseCase.Overview(
                                            ADA,
                                            List.of(new SessionSummary(
                                                    SESSION,
                                                    NOW,
                                                    NOW,
                                                    "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0",
                                                    "192.0.2.1",
                                                    true)),
                                            List.of())
                                    : new AccountOverviewUseCase.UnknownCustomer()),
                    new MailUseCases(limit -> List.of(), null)),
            true);
    private String csrf;

    @BeforeEach
    void takeACsrfToken() {
        Matcher matcher =
                CSRF.matcher(String.join(";", web.get("/ui/demo/login", null).cookies()));
        assertThat(matcher.find()).isTrue();
        csrf = matcher.group(1);
    }

    @AfterEach
    void stop() {
        web.close();
    }

    private WebAlone.Response post(String path, String form) {
        return web.request("POST", path)
                .header("Cookie", "lk_csrf=" + csrf)
                .form("csrf=" + csrf + "&" + form)
                .send();
    }

    private WebAlone.Response postSignedIn(String path, String form) {
        return web.request("POST", path)
                .header("Cookie", "lk_csrf=" + csrf + "; lk_session=" + CUSTOMER_TOKEN)
                .form("csrf=" + csrf + "&" + form)
                .send();
    }

    private WebAlone.Response getSignedIn(String path) {
        return web.request("GET", path)
                .header("Cookie", "lk_session=" + CUSTOMER_TOKEN)
                .send();
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedBeforeAnythingRuns() {
        var refused = web.request("POST", "/ui/demo/login")
                .form("email=ada@example.test&password=x")
                .send();

        assertThat(refused.status()).isEqualTo(403);
        assertThat(answers.commands()).isEmpty();
    }

    @Test
    void aSignInStartsASessionInTheCustomersLanguageOrSaysWhyNot() {
        answers.next(new LoginUseCase.LoggedIn(TOKENS));
        var signedIn = post("/ui/demo/login", "email=ada@example.test&password=pw");
        answers.next(new LoginUseCase.WrongCredentials());
        var wrong = post("/ui/demo/login", "email=ada@example.test&password=pw");
        answers.next(new LoginUseCase.Throttled(Duration.ofMinutes(2), LoginUseCase.ThrottledBy.ACCOUNT));
        var throttled = post("/ui/demo/login", "email=ada@example.test&password=pw");
        answers.next(new LoginUseCase.NotActivated());
        var notActivated = post("/ui/demo/login", "email=ada@example.test&password=pw");
        answers.next(new LoginUseCase.Blocked());
        var blocked = post("/ui/demo/login", "email=ada@example.test&password=pw");

        assertThat(signedIn.status()).isEqualTo(303);
        assertThat(signedIn.header("Location")).contains("/ui/demo/profile");
        assertThat(signedIn.cookies())
                .anyMatch(cookie -> cookie.startsWith("lk_session=signed-in-access-token"))
                .anyMatch(cookie -> cookie.startsWith("lk_lang=de"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.header("Retry-After")).contains("120");
        assertThat(notActivated.status()).isEqualTo(403);
        assertThat(blocked.status()).isEqualTo(403);
        assertThat(post("/ui/demo/login", "email=not-an-email&password=pw").status())
                .isEqualTo(400);
    }

    @Test
    void aSignupSaysTheMailIsOnItsWayOrWhatIsWrongWithThePassword() {
        answers.next(new SignUpUseCase.SignedUp());
        assertThat(post("/ui/demo/signup", "email=ada@example.test&password=pw").status())
                .isEqualTo(200);
        answers.next(new SignUpUseCase.PasswordRejected(List.of(PasswordRule.TOO_SHORT)));
        assertThat(post("/ui/demo/signup", "email=ada@example.test&password=pw").status())
                .isEqualTo(400);
        answers.next(new SignUpUseCase.UnknownTenant());
        assertThat(post("/ui/demo/signup", "email=ada@example.test&password=pw").status())
                .isEqualTo(404);
    }

    @Test
    void theActivationLinkSignsInOrSaysTheLinkIsOld() {
        answers.next(new ConfirmSignupUseCase.Confirmed(TOKENS));
        var confirmed = post("/ui/demo/optin", "token=token-1");
        answers.next(new ConfirmSignupUseCase.TokenExpired());
        var expired = post("/ui/demo/optin", "token=token-1");
        answers.next(new ConfirmSignupUseCase.TokenInvalid());
        var invalid = post("/ui/demo/optin", "token=token-1");
        int asked = answers.commands().size();
        var blank = post("/ui/demo/optin", "token=");

        assertThat(confirmed.status()).isEqualTo(303);
        assertThat(confirmed.header("Location")).contains("/ui/demo/profile");
        assertThat(expired.status()).isEqualTo(410);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(blank.status()).isEqualTo(400);
        assertThat(answers.commands()).hasSize(asked);
    }

    @Test
    void aMailedLinksTokenLeavesTheAddressBarBeforeThePageShows() {
        var handedOff = web.get("/ui/demo/password/reset?token=token-from-the-mail-0123", null);
        var shown = web.request("GET", "/ui/demo/password/reset")
                .header("Cookie", "lk_link=token-from-the-mail-0123")
                .send();

        assertThat(handedOff.status()).isEqualTo(303);
        assertThat(handedOff.header("Location")).contains("/ui/demo/password/reset");
        assertThat(handedOff.cookies()).anyMatch(cookie -> cookie.startsWith("lk_link=token-from-the-mail-0123"));
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body()).contains("token-from-the-mail-0123");
        assertThat(web.get("/ui/demo/password/reset", null).status()).isEqualTo(400);
    }

    @Test
    void aResetSetsThePasswordOrSaysWhatIsWrong() {
        String form = "token=token-1&password=correct+horse+battery&passwordVerify=correct+horse+battery";
        answers.next(new ResetPasswordUseCase.PasswordReset());
        assertThat(post("/ui/demo/password/reset", form).status()).isEqualTo(200);
        answers.next(new ResetPasswordUseCase.PasswordsDiffer());
        assertThat(post("/ui/demo/password/reset", form).status()).isEqualTo(400);
        answers.next(new ResetPasswordUseCase.PasswordRejected(List.of(PasswordRule.COMMON_PASSWORD)));
        assertThat(post("/ui/demo/password/reset", form).status()).isEqualTo(400);
        answers.next(new ResetPasswordUseCase.TokenExpired());
        assertThat(post("/ui/demo/password/reset", form).status()).isEqualTo(410);
        answers.next(new ResetPasswordUseCase.TokenInvalid());
        assertThat(post("/ui/demo/password/reset", form).status()).isEqualTo(400);
        assertThat(post("/ui/demo/password/forgot", "email=ada@example.test").status())
                .isEqualTo(200);
    }

    @Test
    void theScriptsPasswordHintComesFromThePolicy() {
        answers.next(new ValidatePasswordUseCase.Acceptable());
        var ok = post("/ui/demo/password/check", "password=correct+horse+battery");
        answers.next(new ValidatePasswordUseCase.PasswordRejected(List.of(PasswordRule.TOO_SHORT)));
        var rejected = post("/ui/demo/password/check", "password=abc");

        assertThat(ok.json().get("ok").asBoolean()).isTrue();
        assertThat(rejected.json().get("ok").asBoolean()).isFalse();
        assertThat(rejected.json().get("hint").asText()).isNotBlank();
    }

    @Test
    void theAccountPageShowsTheCustomersOverviewOrSendsToSignIn() {
        var shown = getSignedIn("/ui/demo/profile?done=details");
        var notSignedIn = web.get("/ui/demo/profile", null);

        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body()).contains("ada@example.test", "10001", "Firefox");
        assertThat(shown.header("Content-Security-Policy"))
                .hasValueSatisfying(
                        policy -> assertThat(policy).contains("default-src 'none'", "frame-ancestors 'none'"));
        assertThat(notSignedIn.status()).isEqualTo(303);
        assertThat(notSignedIn.header("Location")).contains("/ui/demo/login?return_to=/ui/demo/profile");
    }

    @Test
    void theFormsOfTheAccountPageRedirectOnSuccessAndShowTheErrorOtherwise() {
        answers.next(new UpdateProfileUseCase.Updated(ADA));
        assertThat(postSignedIn("/ui/demo/profile/details", "firstName=Ada").header("Location"))
                .contains("/ui/demo/profile?done=details#details");
        answers.next(new UpdateProfileUseCase.UnknownCustomer());
        assertThat(postSignedIn("/ui/demo/profile/details", "firstName=Ada").header("Location"))
                .hasValueSatisfying(location -> assertThat(location).contains("/login"));

        String password =
                "currentPassword=old&newPassword=correct+horse+battery&newPasswordVerify=correct+horse+battery";
        answers.next(new ChangePasswordUseCase.PasswordChanged());
        assertThat(postSignedIn("/ui/demo/profile/password", password).status()).isEqualTo(303);
        answers.next(new ChangePasswordUseCase.WrongPassword());
        assertThat(postSignedIn("/ui/demo/profile/password", password).status()).isEqualTo(400);
        answers.next(new ChangePasswordUseCase.Throttled(Duration.ofSeconds(30)));
        assertThat(postSignedIn("/ui/demo/profile/password", password).status()).isEqualTo(429);
        answers.next(new ChangePasswordUseCase.PasswordRejected(List.of(PasswordRule.TOO_SHORT)));
        assertThat(postSignedIn("/ui/demo/profile/password", password).status()).isEqualTo(400);

        String email = "newEmail=ada%40new.example&emailPassword=pw";
        answers.next(new RequestEmailChangeUseCase.Requested());
        assertThat(postSignedIn("/ui/demo/profile/email", email).status()).isEqualTo(303);
        assertThat(answers.commands().get(answers.commands().size() - 1))
                .isInstanceOfSatisfying(
                        RequestEmailChangeUseCase.Command.class,
                        command -> assertThat(command.email()).isEmpty());
        answers.next(new RequestEmailChangeUseCase.WrongCredentials());
        assertThat(postSignedIn("/ui/demo/profile/email", email).status()).isEqualTo(400);
        answers.next(new RequestEmailChangeUseCase.Throttled(Duration.ofSeconds(30)));
        assertThat(postSignedIn("/ui/demo/profile/email", email).status()).isEqualTo(429);
    }

    @Test
    void theAddressBookFormsAddEditMakeDefaultAndDelete() {
        String path = "/ui/demo/profile/addresses/" + ADDRESS.value();
        answers.next(new AddAddressUseCase.Added(ADDRESS));
        assertThat(postSignedIn("/ui/demo/profile/addresses", "city=Berlin").status())
                .isEqualTo(303);
        answers.next(new AddAddressUseCase.AddressBookFull());
        assertThat(postSignedIn("/ui/demo/profile/addresses", "city=Berlin").status())
                .isEqualTo(409);
        answers.next(new AddAddressUseCase.UnknownCustomer());
        assertThat(postSignedIn("/ui/demo/profile/addresses", "city=Berlin").status())
                .isEqualTo(303);
        answers.next(new GetAddressUseCase.Found(Address.empty(ADDRESS)));
        assertThat(getSignedIn(path).status()).isEqualTo(200);
        answers.next(new GetAddressUseCase.UnknownAddress());
        assertThat(getSignedIn(path).status()).isEqualTo(404);
        answers.next(new UpdateAddressUseCase.Updated(Address.empty(ADDRESS)));
        assertThat(postSignedIn(path, "city=Bonn").status()).isEqualTo(303);
        assertThat(postSignedIn(path + "/default", "").status()).isEqualTo(303);
        answers.next(new UpdateAddressUseCase.UnknownAddress());
        assertThat(postSignedIn(path, "city=Bonn").status()).isEqualTo(404);
        assertThat(postSignedIn(path + "/default", "").status()).isEqualTo(404);
        answers.next(new DeleteAddressUseCase.Deleted());
        assertThat(postSignedIn(path + "/delete", "").status()).isEqualTo(303);
        answers.next(new DeleteAddressUseCase.UnknownAddress());
        assertThat(postSignedIn(path + "/delete", "").status()).isEqualTo(404);
    }

    @Test
    void devicesAreSignedOutFromTheAccountPage() {
        answers.next(new EndSessionUseCase.Ended());
        assertThat(postSignedIn("/ui/demo/profile/sessions/session-1234567890/end", "")
                        .status())
                .isEqualTo(303);
        answers.next(new EndSessionUseCase.UnknownSession());
        assertThat(postSignedIn("/ui/demo/profile/sessions/session-1234567890/end", "")
                        .status())
                .isEqualTo(404);
        assertThat(postSignedIn("/ui/demo/profile/sessions/end-others", "").status())
                .isEqualTo(303);
    }

    @Test
    void theExportDownloadsAndTheDeletionLinkDeletesOrSaysWhyNot() {
        answers.next(new ExportAccountUseCase.Exported(new AccountExport(
                CUSTOMER,
                ADA.number(),
                ADA.email(),
                AccountStatus.ACTIVE,
                NOW,
                "en_US",
                Profile.defaults(),
                List.of(),
                List.of(),
                List.of(),
                NOW)));
        var exported = getSignedIn("/ui/demo/profile/export");
        answers.next(new ExportAccountUseCase.UnknownCustomer());
        var gone = getSignedIn("/ui/demo/profile/export");

        assertThat(exported.header("Content-Disposition"))
                .hasValueSatisfying(value -> assertThat(value).contains("attachment"));
        assertThat(exported.body()).contains("\"customerNumber\" : \"10001\"");
        assertThat(gone.status()).isEqualTo(303);

        answers.next(new DeleteAccountUseCase.Deleted());
        assertThat(postSignedIn("/ui/demo/profile/delete/confirm", "token=token-1")
                        .status())
                .isEqualTo(200);
        answers.next(new DeleteAccountUseCase.TokenExpired());
        assertThat(postSignedIn("/ui/demo/profile/delete/confirm", "token=token-1")
                        .status())
                .isEqualTo(410);
        answers.next(new DeleteAccountUseCase.TokenInvalid());
        assertThat(postSignedIn("/ui/demo/profile/delete/confirm", "token=token-1")
                        .status())
                .isEqualTo(400);
        assertThat(postSignedIn("/ui/demo/profile/delete", "").status()).isEqualTo(303);
    }

    @Test
    void theEmailChangeLinksConfirmAndUndoOrSayWhyNot() {
        answers.next(new ConfirmEmailChangeUseCase.Changed());
        assertThat(post("/ui/demo/email/confirm", "token=token-1").status()).isEqualTo(200);
        answers.next(new ConfirmEmailChangeUseCase.EmailTaken());
        assertThat(post("/ui/demo/email/confirm", "token=token-1").status()).isEqualTo(409);
        answers.next(new ConfirmEmailChangeUseCase.TokenExpired());
        assertThat(post("/ui/demo/email/confirm", "token=token-1").status()).isEqualTo(410);
        answers.next(new ConfirmEmailChangeUseCase.TokenInvalid());
        assertThat(post("/ui/demo/email/confirm", "token=token-1").status()).isEqualTo(400);
        answers.next(new UndoEmailChangeUseCase.Undone());
        assertThat(post("/ui/demo/email/undo", "token=token-1").status()).isEqualTo(200);
        answers.next(new UndoEmailChangeUseCase.EmailTaken());
        assertThat(post("/ui/demo/email/undo", "token=token-1").status()).isEqualTo(409);
        answers.next(new UndoEmailChangeUseCase.TokenExpired());
        assertThat(post("/ui/demo/email/undo", "token=token-1").status()).isEqualTo(410);
        answers.next(new UndoEmailChangeUseCase.TokenInvalid());
        assertThat(post("/ui/demo/email/undo", "token=token-1").status()).isEqualTo(400);
    }

    @Test
    void aSignOutEndsTheSession() {
        var signedOut = web.request("POST", "/ui/demo/logout")
                .header("Cookie", "lk_csrf=" + csrf + "; lk_session=" + CUSTOMER_TOKEN)
                .form("csrf=" + csrf)
                .send();

        assertThat(signedOut.status()).isEqualTo(200);
        assertThat(signedOut.cookies()).anyMatch(cookie -> cookie.startsWith("lk_session=;"));
        assertThat(answers.commands()).hasSize(1);
    }

    @Test
    void everyPageNamesItsIconAndTheIconIsServedWhereBrowsersAskForIt() {
        var icon = web.get("/favicon.ico", null);

        assertThat(web.get("/ui/demo/login", null).body()).contains("<link rel=\"icon\" href=\"/ui/assets/icon.svg\">");
        assertThat(web.get("/dev/mailbox", null).body()).contains("<link rel=\"icon\" href=\"/ui/assets/icon.svg\">");
        assertThat(icon.status()).isEqualTo(200);
        assertThat(icon.header("Content-Type")).contains("image/svg+xml");
        assertThat(icon.body()).startsWith("<svg");
        assertThat(web.get("/ui/assets/icon.svg", null).body()).isEqualTo(icon.body());
    }

    @Test
    void anUnknownShopOrPageIsAPageNotFound() {
        assertThat(web.get("/ui/nosuchshop/login", null).status()).isEqualTo(404);
        assertThat(web.get("/ui/demo/no-such-page", null).body()).contains("/ui/demo/login");
    }

    @Test
    void theLocalMailboxAnswersThisMachineOnlyAndNeverThroughAProxy() {
        assertThat(web.get("/dev/mailbox", null).status()).isEqualTo(200);
        assertThat(web.request("GET", "/dev/mailbox")
                        .header("X-Forwarded-For", "203.0.113.9")
                        .send()
                        .code())
                .isEqualTo("LK301");
    }
}
