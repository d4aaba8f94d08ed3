package dev.latchkey.adapter.web.page;

import dev.latchkey.adapter.web.auth.Origins;
import dev.latchkey.application.port.in.password.RequestPasswordResetUseCase;
import dev.latchkey.application.port.in.password.ResetPasswordUseCase;
import dev.latchkey.application.port.in.profile.GetProfileUseCase;
import dev.latchkey.application.port.in.signup.ConfirmSignupUseCase;
import dev.latchkey.application.port.in.signup.SignUpUseCase;
import dev.latchkey.application.port.in.tenant.FindTenantUseCase;
import dev.latchkey.application.port.in.token.AuthenticateUseCase;
import dev.latchkey.application.port.in.token.CustomerTokens;
import dev.latchkey.application.port.in.token.LoginUseCase;
import dev.latchkey.application.port.in.token.LogoutUseCase;
import dev.latchkey.domain.credential.Password;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.policy.PasswordRule;
import dev.latchkey.domain.tenant.ClientId;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.tenant.TenantName;
import dev.latchkey.domain.token.AccessGrant;
import dev.latchkey.domain.token.TokenKind;
import dev.latchkey.ui.html.StaticTemplates;
import dev.latchkey.ui.html.Templates;
import dev.latchkey.ui.view.FormPage;
import dev.latchkey.ui.view.MessagePage;
import dev.latchkey.ui.view.PageFrame;
import dev.latchkey.ui.view.ProfilePage;
import gg.jte.models.runtime.JteModel;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The server-rendered customer pages under {@code /ui/<tenant>}: sign in, sign up, activation,
 * forgotten password, reset, sign out and the signed-in page. They drive the same use cases as
 * the JSON API and show its outcomes in plain words next to the field concerned.
 */
public final class CustomerPages {

    /** No inline script or style anywhere; forms post only to this origin. */
    public static final String POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    private static final int MAX_FIELD = 2048;
    private static final Pattern SAFE_RETURN = Pattern.compile("^/ui/[a-z0-9][a-z0-9-]*/[A-Za-z0-9/_-]*$");

    private final FindTenantUseCase findTenant;
    private final AuthenticateUseCase authenticate;
    private final LoginUseCase login;
    private final LogoutUseCase logout;
    private final SignUpUseCase signUp;
    private final ConfirmSignupUseCase confirmSignup;
    private final RequestPasswordResetUseCase requestReset;
    private final ResetPasswordUseCase resetPassword;
    private final GetProfileUseCase getProfile;
    private final PageCookies cookies;
    private final Templates templates = new StaticTemplates();

    public CustomerPages(FindTenantUseCase findTenant, AuthenticateUseCase authenticate, LoginUseCase login,
                         LogoutUseCase logout, SignUpUseCase signUp, ConfirmSignupUseCase confirmSignup,
                         RequestPasswordResetUseCase requestReset, ResetPasswordUseCase resetPassword,
                         GetProfileUseCase getProfile, boolean secureCookies) {
        this.findTenant = findTenant;
        this.authenticate = authenticate;
        this.login = login;
        this.logout = logout;
        this.signUp = signUp;
        this.confirmSignup = confirmSignup;
        this.requestReset = requestReset;
        this.resetPassword = resetPassword;
        this.getProfile = getProfile;
        this.cookies = new PageCookies(secureCookies);
    }

    // --- sign in ---

    public void showLogin(Context ctx) {
        withTenant(ctx, tenant -> {
            Map<String, String> hidden = safeReturnTo(tenant, ctx.queryParam("return_to"))
                    .map(path -> Map.of("return_to", path)).orElse(Map.of());
            render(ctx, 200, templates.pageLogin(new FormPage(frame(ctx, tenant), Map.of(), Map.of(), "", hidden)));
        });
    }

    public void submitLogin(Context ctx) {
        withCheckedForm(ctx, tenant -> {
            String emailText = field(ctx, "email");
            Optional<String> returnTo = safeReturnTo(tenant, ctx.formParam("return_to"));
            Map<String, String> hidden = returnTo.map(path -> Map.of("return_to", path)).orElse(Map.of());
            Map<String, String> values = Map.of("email", emailText);
            if (!EmailAddress.isValid(emailText)) {
                render(ctx, 400, templates.pageLogin(new FormPage(frame(ctx, tenant), values,
                        Map.of("email", "Enter your email address, like name@example.com."), "", hidden)));
                return;
            }
            var result = login.login(new LoginUseCase.Command(tenant.name(), new EmailAddress(emailText),
                    new Password(field(ctx, "password")), storefront(tenant), Origins.of(ctx)));
            if (result instanceof LoginUseCase.LoggedIn loggedIn) {
                startSession(ctx, tenant, loggedIn.tokens());
                ctx.redirect(returnTo.orElse(base(tenant) + "/profile"), HttpStatus.SEE_OTHER);
                return;
            }
            int status;
            String message;
            if (result instanceof LoginUseCase.Throttled throttled) {
                status = 429;
                ctx.header("Retry-After", Long.toString(Math.max(1, throttled.retryAfter().toSeconds())));
                message = "Too many failed attempts. Please wait " + wait(throttled.retryAfter()) + " and try again.";
            } else if (result instanceof LoginUseCase.NotActivated) {
                status = 403;
                message = "Your account is not active yet. Open the link in the mail we sent you when you signed up.";
            } else if (result instanceof LoginUseCase.Blocked) {
                status = 403;
                message = "This account is blocked. Please contact the shop.";
            } else {
                status = 401;
                message = "The email address or the password is wrong.";
            }
            render(ctx, status, templates.pageLogin(new FormPage(frame(ctx, tenant), values,
                    Map.of("password", message), "", hidden)));
        });
    }

    // --- sign up and activation ---

    public void showSignup(Context ctx) {
        withTenant(ctx, tenant -> render(ctx, 200, templates.pageSignup(FormPage.empty(frame(ctx, tenant)))));
    }

    public void submitSignup(Context ctx) {
        withCheckedForm(ctx, tenant -> {
            String emailText = field(ctx, "email");
            Map<String, String> values = Map.of("email", emailText);
            if (!EmailAddress.isValid(emailText)) {
                render(ctx, 400, templates.pageSignup(new FormPage(frame(ctx, tenant), values,
                        Map.of("email", "Enter your email address, like name@example.com."), "", Map.of())));
                return;
            }
            var result = signUp.signUp(new SignUpUseCase.Command(tenant.name(), new EmailAddress(emailText),
                    new Password(field(ctx, "password"))));
            if (result instanceof SignUpUseCase.PasswordRejected rejected) {
                render(ctx, 400, templates.pageSignup(new FormPage(frame(ctx, tenant), values,
                        Map.of("password", words(rejected.failedRules())), "", Map.of())));
                return;
            }
            message(ctx, tenant, 200, "Check your mailbox",
                    "We sent a mail to " + emailText + ". Open the link in it to activate your account.", "", "");
        });
    }

    public void showOptin(Context ctx) {
        withTenant(ctx, tenant -> {
            String token = ctx.queryParam("token");
            if (token == null || token.isBlank() || token.length() > MAX_FIELD) {
                message(ctx, tenant, 400, "Link incomplete",
                        "This activation link is incomplete. Please open the link from the mail exactly as it is.", "", "");
                return;
            }
            render(ctx, 200, templates.pageOptin(new FormPage(frame(ctx, tenant), Map.of(), Map.of(), "",
                    Map.of("token", token))));
        });
    }

    public void submitOptin(Context ctx) {
        withCheckedForm(ctx, tenant -> {
            var result = confirmSignup.confirm(new ConfirmSignupUseCase.Command(tenant.name(), field(ctx, "token"),
                    storefront(tenant), Origins.of(ctx)));
            if (result instanceof ConfirmSignupUseCase.Confirmed confirmed) {
                startSession(ctx, tenant, confirmed.tokens());
                ctx.redirect(base(tenant) + "/profile", HttpStatus.SEE_OTHER);
            } else if (result instanceof ConfirmSignupUseCase.TokenExpired) {
                message(ctx, tenant, 410, "Link expired",
                        "This activation link has expired. Sign up again to get a new one.", base(tenant) + "/signup", "Sign up");
            } else {
                message(ctx, tenant, 400, "Link not valid",
                        "This activation link is not valid any more. It may have been used already: try to sign in.",
                        base(tenant) + "/login", "Sign in");
            }
        });
    }

    // --- forgotten password ---

    public void showForgot(Context ctx) {
        withTenant(ctx, tenant -> render(ctx, 200, templates.pageForgot(FormPage.empty(frame(ctx, tenant)))));
    }

    public void submitForgot(Context ctx) {
        withCheckedForm(ctx, tenant -> {
            String emailText = field(ctx, "email");
            if (!EmailAddress.isValid(emailText)) {
                render(ctx, 400, templates.pageForgot(new FormPage(frame(ctx, tenant), Map.of("email", emailText),
                        Map.of("email", "Enter your email address, like name@example.com."), "", Map.of())));
                return;
            }
            requestReset.request(new RequestPasswordResetUseCase.Command(tenant.name(), new EmailAddress(emailText)));
            message(ctx, tenant, 200, "Check your mailbox",
                    "If " + emailText + " belongs to an active account, we sent it a link to choose a new password. "
                            + "The link is valid for 30 minutes.", base(tenant) + "/login", "Back to sign in");
        });
    }

    public void showReset(Context ctx) {
        withTenant(ctx, tenant -> {
            String token = ctx.queryParam("token");
            if (token == null || token.isBlank() || token.length() > MAX_FIELD) {
                message(ctx, tenant, 400, "Link incomplete",
                        "This link is incomplete. Please open the link from the mail exactly as it is.", "", "");
                return;
            }
            render(ctx, 200, templates.pageReset(new FormPage(frame(ctx, tenant), Map.of(), Map.of(), "",
                    Map.of("token", token))));
        });
    }

    public void submitReset(Context ctx) {
        withCheckedForm(ctx, tenant -> {
            String token = field(ctx, "token");
            var result = resetPassword.reset(new ResetPasswordUseCase.Command(tenant.name(), token,
                    new Password(field(ctx, "password")), Optional.of(new Password(field(ctx, "passwordVerify"))),
                    Origins.of(ctx)));
            Map<String, String> hidden = Map.of("token", token);
            if (result instanceof ResetPasswordUseCase.PasswordReset) {
                cookies.endSession(ctx, tenant.name().value());
                message(ctx, tenant, 200, "Password changed",
                        "Your new password is saved, and every device that was signed in is signed out.",
                        base(tenant) + "/login", "Sign in");
            } else if (result instanceof ResetPasswordUseCase.PasswordsDiffer) {
                render(ctx, 400, templates.pageReset(new FormPage(frame(ctx, tenant), Map.of(),
                        Map.of("passwordVerify", "The two passwords are not the same."), "", hidden)));
            } else if (result instanceof ResetPasswordUseCase.PasswordRejected rejected) {
                render(ctx, 400, templates.pageReset(new FormPage(frame(ctx, tenant), Map.of(),
                        Map.of("password", words(rejected.failedRules())), "", hidden)));
            } else if (result instanceof ResetPasswordUseCase.TokenExpired) {
                message(ctx, tenant, 410, "Link expired", "This link has expired. Ask for a new one.",
                        base(tenant) + "/password/forgot", "Ask for a new link");
            } else {
                message(ctx, tenant, 400, "Link not valid",
                        "This link is not valid any more. It may have been used already, or a newer one was sent.",
                        base(tenant) + "/password/forgot", "Ask for a new link");
            }
        });
    }

    // --- signed in ---

    public void showProfile(Context ctx) {
        withTenant(ctx, tenant -> {
            Optional<AccessGrant> grant = signedIn(ctx, tenant);
            if (grant.isEmpty()) {
                cookies.endSession(ctx, tenant.name().value());
                ctx.redirect(base(tenant) + "/login", HttpStatus.SEE_OTHER);
                return;
            }
            var result = getProfile.get(new GetProfileUseCase.Command(tenant.name(), grant.get().customer().orElseThrow(),
                    false));
            if (result instanceof GetProfileUseCase.Found found) {
                render(ctx, 200, templates.pageProfile(new ProfilePage(frame(ctx, tenant), found.profile().email().value())));
            } else {
                cookies.endSession(ctx, tenant.name().value());
                ctx.redirect(base(tenant) + "/login", HttpStatus.SEE_OTHER);
            }
        });
    }

    public void showLogout(Context ctx) {
        withTenant(ctx, tenant -> render(ctx, 200, templates.pageLogout(FormPage.empty(frame(ctx, tenant)))));
    }

    public void submitLogout(Context ctx) {
        withCheckedForm(ctx, tenant -> {
            signedIn(ctx, tenant).ifPresent(grant -> logout.logout(grant, Origins.of(ctx)));
            cookies.endSession(ctx, tenant.name().value());
            cookies.newCsrfToken(ctx, tenant.name().value());
            message(ctx, tenant, 200, "Signed out", "You are signed out.", base(tenant) + "/login", "Sign in again");
        });
    }

    /** Too many passwords are being checked at once: nothing changed, the customer tries again shortly. */
    public void overloaded(Context ctx, Duration retryAfter) {
        ctx.header("Retry-After", Long.toString(Math.max(1, retryAfter.toSeconds())));
        withTenant(ctx, tenant -> message(ctx, tenant, 503, "Please try again",
                "We are very busy right now and could not check your password. Please wait " + wait(retryAfter)
                        + " and try again.", "", ""));
    }

    /** Any other path under {@code /ui/}. */
    public void notFound(Context ctx) {
        render(ctx, 404, templates.pageMessage(new MessagePage(new PageFrame("Latchkey", "", ""), "Page not found",
                "There is no page at this address.", "", "")));
    }

    // --- plumbing ---

    private interface TenantHandler {
        void handle(Tenant tenant);
    }

    private void withTenant(Context ctx, TenantHandler handler) {
        String name = ctx.pathParam("tenant");
        Optional<Tenant> tenant = TenantName.isValid(name) ? findTenant.find(new TenantName(name)) : Optional.empty();
        if (tenant.isEmpty()) {
            notFound(ctx);
            return;
        }
        handler.handle(tenant.get());
    }

    private void withCheckedForm(Context ctx, TenantHandler handler) {
        withTenant(ctx, tenant -> {
            if (!cookies.csrfValid(ctx)) {
                message(ctx, tenant, 403, "Form expired",
                        "This form could not be accepted. Please go back, reload the page and try again.", "", "");
                return;
            }
            handler.handle(tenant);
        });
    }

    private Optional<AccessGrant> signedIn(Context ctx, Tenant tenant) {
        return cookies.session(ctx)
                .map(authenticate::authenticate)
                .filter(AuthenticateUseCase.Authenticated.class::isInstance)
                .map(result -> ((AuthenticateUseCase.Authenticated) result).grant())
                .filter(grant -> grant.kind() == TokenKind.CUSTOMER && grant.tenant().equals(tenant.name()));
    }

    private void startSession(Context ctx, Tenant tenant, CustomerTokens tokens) {
        cookies.startSession(ctx, tenant.name().value(), tokens.accessToken(), tokens.expiresIn());
        cookies.newCsrfToken(ctx, tenant.name().value());
    }

    private PageFrame frame(Context ctx, Tenant tenant) {
        return new PageFrame(tenant.displayName(), base(tenant), cookies.csrfToken(ctx, tenant.name().value()));
    }

    private void message(Context ctx, Tenant tenant, int status, String title, String text, String href, String linkText) {
        render(ctx, status, templates.pageMessage(new MessagePage(frame(ctx, tenant), title, text, href, linkText)));
    }

    private static void render(Context ctx, int status, JteModel model) {
        ctx.header("Content-Security-Policy", POLICY);
        ctx.header("Cache-Control", "no-store");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.status(status).html(model.render());
    }

    private static String base(Tenant tenant) {
        return "/ui/" + tenant.name().value();
    }

    private static ClientId storefront(Tenant tenant) {
        return new ClientId(tenant.name().value() + "-storefront");
    }

    private static String field(Context ctx, String name) {
        String value = ctx.formParam(name);
        if (value == null) {
            return "";
        }
        return value.length() > MAX_FIELD ? value.substring(0, MAX_FIELD) : value;
    }

    /** A {@code return_to} is followed only to a page of the same tenant. */
    private static Optional<String> safeReturnTo(Tenant tenant, String candidate) {
        return Optional.ofNullable(candidate)
                .filter(path -> path.startsWith(base(tenant) + "/"))
                .filter(path -> SAFE_RETURN.matcher(path).matches())
                .filter(path -> !path.contains("//"));
    }

    private static String wait(Duration retryAfter) {
        long seconds = Math.max(1, retryAfter.toSeconds());
        if (seconds < 60) {
            return seconds == 1 ? "1 second" : seconds + " seconds";
        }
        long minutes = (seconds + 59) / 60;
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }

    private static String words(List<PasswordRule> rules) {
        Map<PasswordRule, String> text = new HashMap<>();
        text.put(PasswordRule.TOO_SHORT, "Use at least 8 characters.");
        text.put(PasswordRule.TOO_LONG, "Use at most 64 characters.");
        text.put(PasswordRule.CONTAINS_EMAIL, "Do not use the part of your email address before the @.");
        text.put(PasswordRule.COMMON_PASSWORD, "This password is too common; please choose another one.");
        return rules.stream().map(text::get).collect(Collectors.joining(" "));
    }
}
