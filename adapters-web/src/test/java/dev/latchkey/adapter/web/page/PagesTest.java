package dev.latchkey.adapter.web.page;

import static dev.latchkey.adapter.web.DemoUseCases.CUSTOMER;
import static dev.latchkey.adapter.web.DemoUseCases.CUSTOMER_TOKEN;
import static dev.latchkey.adapter.web.DemoUseCases.SESSION;
import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The customer pages over HTTP, each outcome of their use cases shown as a page or a redirect. */
class PagesTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final AddressId ADDRESS = new AddressId(java.util.UUID.fromString("0b7c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d"));
    private static final CustomerProfile ADA = new CustomerProfile(CUSTOMER, new CustomerNumber("10001"),
            new EmailAddress("ada@example.test"), AccountStatus.ACTIVE, true, Profile.defaults(), Optional.of(List.of()));
    private static final CustomerTokens TOKENS = new CustomerTokens("signed-in-access-token-0123456789", "saas", 900,
            "refresh", 1209600, new SessionId("session-0123456789"), "de_DE");
    private static final Pattern CSRF = Pattern.compile("lk_csrf=([A-Za-z0-9_-]{43})");

    private final AtomicReference<Object> outcome = new AtomicReference<>();
    private final List<Object> commands = new ArrayList<>();
    private final WebAlone web = WebAlone.serving(DemoUseCases.with(
            new TokenUseCases(null, null, null, command -> answer(command, LoginUseCase.Result.class), null,
                    (grant, origin) -> commands.add(grant), null),
            new SignupUseCases(command -> answer(command, SignUpUseCase.Result.class),
                    command -> answer(command, ConfirmSignupUseCase.Result.class), null),
            new PasswordUseCases(commands::add, command -> answer(command, ResetPasswordUseCase.Result.class),
                    command -> answer(command, ChangePasswordUseCase.Result.class),
                    command -> answer(command, ValidatePasswordUseCase.Result.class)),
            new EmailChangeUseCases(command -> answer(command, RequestEmailChangeUseCase.Result.class),
                    command -> answer(command, ConfirmEmailChangeUseCase.Result.class),
                    command -> answer(command, UndoEmailChangeUseCase.Result.class)),
            new ProfileUseCases(null, command -> answer(command, UpdateProfileUseCase.Result.class)),
            new AddressUseCases(command -> answer(command, AddAddressUseCase.Result.class), null,
                    command -> answer(command, GetAddressUseCase.Result.class),
                    command -> answer(command, UpdateAddressUseCase.Result.class),
                    command -> answer(command, DeleteAddressUseCase.Result.class), null),
            new SessionUseCases(null, command -> answer(command, EndSessionUseCase.Result.class), commands::add,
                    command -> new KeepSessionAliveUseCase.Alive()),
            new AccountUseCases(null, command -> answer(command, ExportAccountUseCase.Result.class), commands::add,
                    command -> answer(command, DeleteAccountUseCase.Result.class), null,
                    command -> command.customer().equals(CUSTOMER)
                            ? new AccountOverviewUseCase.Overview(ADA, List.of(new SessionSummary(SESSION, NOW, NOW,
                                    "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0", "192.0.2.1", true)), List.of())
                            : new AccountOverviewUseCase.UnknownCustomer()),
            new MailUseCases(limit -> List.of(), null)), true);
    private String csrf;

    private <R> R answer(Object command, Class<R> type) {
        commands.add(command);
        return type.cast(outcome.get());
    }

    @BeforeEach
    void takeACsrfToken() {
        Matcher matcher = CSRF.matcher(String.join(";", web.get("/ui/demo/login", null).cookies()));
        assertThat(matcher.find()).isTrue();
        csrf = matcher.group(1);
    }

    @AfterEach
    void stop() {
        web.close();
    }

    private WebAlone.Response post(String path, String form) {
        return web.request("POST", path).header("Cookie", "lk_csrf=" + csrf).form("csrf=" + csrf + "&" + form).send();
    }

    private WebAlone.Response postSignedIn(String path, String form) {
        return web.request("POST", path).header("Cookie", "lk_csrf=" + csrf + "; lk_session=" + CUSTOMER_TOKEN)
                .form("csrf=" + csrf + "&" + form).send();
    }

    private WebAlone.Response getSignedIn(String path) {
        return web.request("GET", path).header("Cookie", "lk_session=" + CUSTOMER_TOKEN).send();
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedBeforeAnythingRuns() {
        var refused = web.request("POST", "/ui/demo/login").form("email=ada@example.test&password=x").send();

        assertThat(refused.status()).isEqualTo(403);
        assertThat(commands).isEmpty();
    }

    @Test
    void aSignInStartsASessionInTheCustomersLanguageOrSaysWhyNot() {
        outcome.set(new LoginUseCase.LoggedIn(TOKENS));
        var signedIn = post("/ui/demo/login", "email=ada@example.test&password=pw");
        outcome.set(new LoginUseCase.WrongCredentials());
        var wrong = post("/ui/demo/login", "email=ada@example.test&password=pw");
        outcome.set(new LoginUseCase.Throttled(Duration.ofMinutes(2), LoginUseCase.ThrottledBy.ACCOUNT));
        var throttled = post("/ui/demo/login", "email=ada@example.test&password=pw");
        outcome.set(new LoginUseCase.NotActivated());
        var notActivated = post("/ui/demo/login", "email=ada@example.test&password=pw");
        outcome.set(new LoginUseCase.Blocked());
        var blocked = post("/ui/demo/login", "email=ada@example.test&password=pw");

        assertThat(signedIn.status()).isEqualTo(303);
        assertThat(signedIn.header("Location")).contains("/ui/demo/profile");
        assertThat(signedIn.cookies()).anyMatch(cookie -> cookie.startsWith("lk_session=signed-in-access-token"))
                .anyMatch(cookie -> cookie.startsWith("lk_lang=de"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.header("Retry-After")).contains("120");
        assertThat(notActivated.status()).isEqualTo(403);
        assertThat(blocked.status()).isEqualTo(403);
        assertThat(post("/ui/demo/login", "email=not-an-email&password=pw").status()).isEqualTo(400);
    }

    @Test
    void aSignupSaysTheMailIsOnItsWayOrWhatIsWrongWithThePassword() {
        outcome.set(new SignUpUseCase.SignedUp());
        assertThat(post("/ui/demo/signup", "email=ada@example.test&password=pw").status()).isEqualTo(200);
        outcome.set(new SignUpUseCase.PasswordRejected(List.of(PasswordRule.TOO_SHORT)));
        assertThat(post("/ui/demo/signup", "email=ada@example.test&password=pw").status()).isEqualTo(400);
        outcome.set(new SignUpUseCase.UnknownTenant());
        assertThat(post("/ui/demo/signup", "email=ada@example.test&password=pw").status()).isEqualTo(404);
    }

    @Test
    void theActivationLinkSignsInOrSaysTheLinkIsOld() {
        outcome.set(new ConfirmSignupUseCase.Confirmed(TOKENS));
        var confirmed = post("/ui/demo/optin", "token=token-1");
        outcome.set(new ConfirmSignupUseCase.TokenExpired());
        var expired = post("/ui/demo/optin", "token=token-1");
        outcome.set(new ConfirmSignupUseCase.TokenInvalid());
        var invalid = post("/ui/demo/optin", "token=token-1");
        int asked = commands.size();
        var blank = post("/ui/demo/optin", "token=");

        assertThat(confirmed.status()).isEqualTo(303);
        assertThat(confirmed.header("Location")).contains("/ui/demo/profile");
        assertThat(expired.status()).isEqualTo(410);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(blank.status()).isEqualTo(400);
        assertThat(commands).hasSize(asked);
    }

    @Test
    void aMailedLinksTokenLeavesTheAddressBarBeforeThePageShows() {
        var handedOff = web.get("/ui/demo/password/reset?token=token-from-the-mail-0123", null);
        var shown = web.request("GET", "/ui/demo/password/reset").header("Cookie", "lk_link=token-from-the-mail-0123").send();

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
        outcome.set(new ResetPasswordUseCase.PasswordReset());
        assertThat(post("/ui/demo/password/reset", form).status()).isEqualTo(200);
        outcome.set(new ResetPasswordUseCase.PasswordsDiffer());
        assertThat(post("/ui/demo/password/reset", form).status()).isEqualTo(400);
        outcome.set(new ResetPasswordUseCase.PasswordRejected(List.of(PasswordRule.COMMON_PASSWORD)));
        assertThat(post("/ui/demo/password/reset", form).status()).isEqualTo(400);
        outcome.set(new ResetPasswordUseCase.TokenExpired());
        assertThat(post("/ui/demo/password/reset", form).status()).isEqualTo(410);
        outcome.set(new ResetPasswordUseCase.TokenInvalid());
        assertThat(post("/ui/demo/password/reset", form).status()).isEqualTo(400);
        assertThat(post("/ui/demo/password/forgot", "email=ada@example.test").status()).isEqualTo(200);
    }

    @Test
    void theScriptsPasswordHintComesFromThePolicy() {
        outcome.set(new ValidatePasswordUseCase.Acceptable());
        var ok = post("/ui/demo/password/check", "password=correct+horse+battery");
        outcome.set(new ValidatePasswordUseCase.PasswordRejected(List.of(PasswordRule.TOO_SHORT)));
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
        assertThat(shown.header("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("default-src 'none'", "frame-ancestors 'none'"));
        assertThat(notSignedIn.status()).isEqualTo(303);
        assertThat(notSignedIn.header("Location")).contains("/ui/demo/login?return_to=/ui/demo/profile");
    }

    @Test
    void theFormsOfTheAccountPageRedirectOnSuccessAndShowTheErrorOtherwise() {
        outcome.set(new UpdateProfileUseCase.Updated(ADA));
        assertThat(postSignedIn("/ui/demo/profile/details", "firstName=Ada").header("Location"))
                .contains("/ui/demo/profile?done=details#details");
        outcome.set(new UpdateProfileUseCase.UnknownCustomer());
        assertThat(postSignedIn("/ui/demo/profile/details", "firstName=Ada").header("Location"))
                .hasValueSatisfying(location -> assertThat(location).contains("/login"));

        String password = "currentPassword=old&newPassword=correct+horse+battery&newPasswordVerify=correct+horse+battery";
        outcome.set(new ChangePasswordUseCase.PasswordChanged());
        assertThat(postSignedIn("/ui/demo/profile/password", password).status()).isEqualTo(303);
        outcome.set(new ChangePasswordUseCase.WrongPassword());
        assertThat(postSignedIn("/ui/demo/profile/password", password).status()).isEqualTo(400);
        outcome.set(new ChangePasswordUseCase.Throttled(Duration.ofSeconds(30)));
        assertThat(postSignedIn("/ui/demo/profile/password", password).status()).isEqualTo(429);
        outcome.set(new ChangePasswordUseCase.PasswordRejected(List.of(PasswordRule.TOO_SHORT)));
        assertThat(postSignedIn("/ui/demo/profile/password", password).status()).isEqualTo(400);

        String email = "newEmail=ada%40new.example&emailPassword=pw";
        outcome.set(new RequestEmailChangeUseCase.Requested());
        assertThat(postSignedIn("/ui/demo/profile/email", email).status()).isEqualTo(303);
        assertThat(commands.get(commands.size() - 1)).isInstanceOfSatisfying(RequestEmailChangeUseCase.Command.class,
                command -> assertThat(command.email()).isEmpty());
        outcome.set(new RequestEmailChangeUseCase.WrongCredentials());
        assertThat(postSignedIn("/ui/demo/profile/email", email).status()).isEqualTo(400);
        outcome.set(new RequestEmailChangeUseCase.Throttled(Duration.ofSeconds(30)));
        assertThat(postSignedIn("/ui/demo/profile/email", email).status()).isEqualTo(429);
    }

    @Test
    void theAddressBookFormsAddEditMakeDefaultAndDelete() {
        String path = "/ui/demo/profile/addresses/" + ADDRESS.value();
        outcome.set(new AddAddressUseCase.Added(ADDRESS));
        assertThat(postSignedIn("/ui/demo/profile/addresses", "city=Berlin").status()).isEqualTo(303);
        outcome.set(new AddAddressUseCase.AddressBookFull());
        assertThat(postSignedIn("/ui/demo/profile/addresses", "city=Berlin").status()).isEqualTo(409);
        outcome.set(new AddAddressUseCase.UnknownCustomer());
        assertThat(postSignedIn("/ui/demo/profile/addresses", "city=Berlin").status()).isEqualTo(303);
        outcome.set(new GetAddressUseCase.Found(Address.empty(ADDRESS)));
        assertThat(getSignedIn(path).status()).isEqualTo(200);
        outcome.set(new GetAddressUseCase.UnknownAddress());
        assertThat(getSignedIn(path).status()).isEqualTo(404);
        outcome.set(new UpdateAddressUseCase.Updated(Address.empty(ADDRESS)));
        assertThat(postSignedIn(path, "city=Bonn").status()).isEqualTo(303);
        assertThat(postSignedIn(path + "/default", "").status()).isEqualTo(303);
        outcome.set(new UpdateAddressUseCase.UnknownAddress());
        assertThat(postSignedIn(path, "city=Bonn").status()).isEqualTo(404);
        assertThat(postSignedIn(path + "/default", "").status()).isEqualTo(404);
        outcome.set(new DeleteAddressUseCase.Deleted());
        assertThat(postSignedIn(path + "/delete", "").status()).isEqualTo(303);
        outcome.set(new DeleteAddressUseCase.UnknownAddress());
        assertThat(postSignedIn(path + "/delete", "").status()).isEqualTo(404);
    }

    @Test
    void devicesAreSignedOutFromTheAccountPage() {
        outcome.set(new EndSessionUseCase.Ended());
        assertThat(postSignedIn("/ui/demo/profile/sessions/session-1234567890/end", "").status()).isEqualTo(303);
        outcome.set(new EndSessionUseCase.UnknownSession());
        assertThat(postSignedIn("/ui/demo/profile/sessions/session-1234567890/end", "").status()).isEqualTo(404);
        assertThat(postSignedIn("/ui/demo/profile/sessions/end-others", "").status()).isEqualTo(303);
    }

    @Test
    void theExportDownloadsAndTheDeletionLinkDeletesOrSaysWhyNot() {
        outcome.set(new ExportAccountUseCase.Exported(new AccountExport(CUSTOMER, ADA.number(), ADA.email(),
                AccountStatus.ACTIVE, NOW, "en_US", Profile.defaults(), List.of(), List.of(), List.of(), NOW)));
        var exported = getSignedIn("/ui/demo/profile/export");
        outcome.set(new ExportAccountUseCase.UnknownCustomer());
        var gone = getSignedIn("/ui/demo/profile/export");

        assertThat(exported.header("Content-Disposition")).hasValueSatisfying(value -> assertThat(value).contains("attachment"));
        assertThat(exported.body()).contains("\"customerNumber\" : \"10001\"");
        assertThat(gone.status()).isEqualTo(303);

        outcome.set(new DeleteAccountUseCase.Deleted());
        assertThat(postSignedIn("/ui/demo/profile/delete/confirm", "token=token-1").status()).isEqualTo(200);
        outcome.set(new DeleteAccountUseCase.TokenExpired());
        assertThat(postSignedIn("/ui/demo/profile/delete/confirm", "token=token-1").status()).isEqualTo(410);
        outcome.set(new DeleteAccountUseCase.TokenInvalid());
        assertThat(postSignedIn("/ui/demo/profile/delete/confirm", "token=token-1").status()).isEqualTo(400);
        assertThat(postSignedIn("/ui/demo/profile/delete", "").status()).isEqualTo(303);
    }

    @Test
    void theEmailChangeLinksConfirmAndUndoOrSayWhyNot() {
        outcome.set(new ConfirmEmailChangeUseCase.Changed());
        assertThat(post("/ui/demo/email/confirm", "token=token-1").status()).isEqualTo(200);
        outcome.set(new ConfirmEmailChangeUseCase.EmailTaken());
        assertThat(post("/ui/demo/email/confirm", "token=token-1").status()).isEqualTo(409);
        outcome.set(new ConfirmEmailChangeUseCase.TokenExpired());
        assertThat(post("/ui/demo/email/confirm", "token=token-1").status()).isEqualTo(410);
        outcome.set(new ConfirmEmailChangeUseCase.TokenInvalid());
        assertThat(post("/ui/demo/email/confirm", "token=token-1").status()).isEqualTo(400);
        outcome.set(new UndoEmailChangeUseCase.Undone());
        assertThat(post("/ui/demo/email/undo", "token=token-1").status()).isEqualTo(200);
        outcome.set(new UndoEmailChangeUseCase.EmailTaken());
        assertThat(post("/ui/demo/email/undo", "token=token-1").status()).isEqualTo(409);
        outcome.set(new UndoEmailChangeUseCase.TokenExpired());
        assertThat(post("/ui/demo/email/undo", "token=token-1").status()).isEqualTo(410);
        outcome.set(new UndoEmailChangeUseCase.TokenInvalid());
        assertThat(post("/ui/demo/email/undo", "token=token-1").status()).isEqualTo(400);
    }

    @Test
    void aSignOutEndsTheSession() {
        var signedOut = web.request("POST", "/ui/demo/logout").header("Cookie", "lk_csrf=" + csrf + "; lk_session="
                + CUSTOMER_TOKEN).form("csrf=" + csrf).send();

        assertThat(signedOut.status()).isEqualTo(200);
        assertThat(signedOut.cookies()).anyMatch(cookie -> cookie.startsWith("lk_session=;"));
        assertThat(commands).hasSize(1);
    }

    @Test
    void anUnknownShopOrPageIsAPageNotFound() {
        assertThat(web.get("/ui/nosuchshop/login", null).status()).isEqualTo(404);
        assertThat(web.get("/ui/demo/no-such-page", null).body()).contains("/ui/demo/login");
    }

    @Test
    void theLocalMailboxAnswersThisMachineOnlyAndNeverThroughAProxy() {
        assertThat(web.get("/dev/mailbox", null).status()).isEqualTo(200);
        assertThat(web.request("GET", "/dev/mailbox").header("X-Forwarded-For", "203.0.113.9").send().code())
                .isEqualTo("LK301");
    }
}
