package dev.latchkey.adapter.web.page;

import static dev.latchkey.adapter.web.page.PageSupport.base;
import static dev.latchkey.adapter.web.page.PageSupport.field;
import static dev.latchkey.adapter.web.page.PageSupport.storefront;

import dev.latchkey.adapter.web.auth.Origins;
import dev.latchkey.application.port.in.profile.GetProfileUseCase;
import dev.latchkey.application.port.in.token.CustomerTokens;
import dev.latchkey.application.port.in.token.LoginUseCase;
import dev.latchkey.application.port.in.token.LogoutUseCase;
import dev.latchkey.domain.credential.Password;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.ui.i18n.Language;
import dev.latchkey.ui.i18n.Texts;
import dev.latchkey.ui.view.FormPage;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.Optional;

/** Sign in (with an optional {@code return_to}) and sign out. */
final class SignInPages {

    private final PageSupport pages;
    private final LoginUseCase login;
    private final LogoutUseCase logout;
    private final GetProfileUseCase getProfile;

    SignInPages(PageSupport pages, LoginUseCase login, LogoutUseCase logout, GetProfileUseCase getProfile) {
        this.pages = pages;
        this.login = login;
        this.logout = logout;
        this.getProfile = getProfile;
    }

    void showLogin(Context ctx) {
        pages.withTenant(ctx, tenant -> {
            Map<String, String> hidden = ReturnTo.check(tenant, ctx.queryParam("return_to"))
                    .map(target -> Map.of("return_to", target)).orElse(Map.of());
            pages.render(ctx, tenant, 200, pages.templates.pageLogin(new FormPage(pages.frame(ctx, tenant), Map.of(), Map.of(), "",
                    hidden)));
        });
    }

    void submitLogin(Context ctx) {
        pages.withCheckedForm(ctx, tenant -> {
            Texts t = pages.t(ctx);
            String emailText = field(ctx, "email");
            Optional<String> returnTo = ReturnTo.check(tenant, ctx.formParam("return_to"));
            Map<String, String> hidden = returnTo.map(target -> Map.of("return_to", target)).orElse(Map.of());
            Map<String, String> values = Map.of("email", emailText);
            if (!EmailAddress.isValid(emailText)) {
                pages.render(ctx, tenant, 400, pages.templates.pageLogin(new FormPage(pages.frame(ctx, tenant), values,
                        Map.of("email", t.get("error.email")), "", hidden)));
                return;
            }
            var result = login.login(new LoginUseCase.Command(tenant.name(), new EmailAddress(emailText),
                    new Password(field(ctx, "password")), storefront(tenant), Origins.of(ctx)));
            if (result instanceof LoginUseCase.LoggedIn loggedIn) {
                signIn(ctx, tenant, loggedIn.tokens());
                ctx.redirect(returnTo.orElse(base(tenant) + "/profile"), HttpStatus.SEE_OTHER);
                return;
            }
            int status;
            String message;
            if (result instanceof LoginUseCase.Throttled throttled) {
                status = 429;
                PageSupport.retryAfter(ctx, throttled.retryAfter());
                message = t.get("error.throttled", PageSupport.wait(t, throttled.retryAfter()));
            } else if (result instanceof LoginUseCase.NotActivated) {
                status = 403;
                message = t.get("login.notActivated");
            } else if (result instanceof LoginUseCase.Blocked) {
                status = 403;
                message = t.get("login.blocked");
            } else {
                status = 401;
                message = t.get("login.wrong");
            }
            pages.render(ctx, tenant, status, pages.templates.pageLogin(new FormPage(pages.frame(ctx, tenant), values,
                    Map.of("password", message), "", hidden)));
        });
    }

    /** A new session, in the customer's own language from now on. */
    void signIn(Context ctx, Tenant tenant, CustomerTokens tokens) {
        pages.startSession(ctx, tenant, tokens);
        pages.signedInWith(tokens.accessToken(), tenant).ifPresent(customer -> languageOf(tenant, customer.id())
                .ifPresent(language -> pages.useLanguage(ctx, tenant, language)));
    }

    private Optional<Language> languageOf(Tenant tenant, CustomerId customer) {
        var result = getProfile.get(new GetProfileUseCase.Command(tenant.name(), customer, false));
        if (result instanceof GetProfileUseCase.Found found) {
            return Language.ofTag(found.profile().profile().preferredLanguage());
        }
        return Optional.empty();
    }

    void showLogout(Context ctx) {
        pages.withTenant(ctx, tenant -> pages.render(ctx, tenant, 200, pages.templates.pageLogout(pages.emptyForm(ctx, tenant))));
    }

    void submitLogout(Context ctx) {
        pages.withCheckedForm(ctx, tenant -> {
            pages.signedIn(ctx, tenant).ifPresent(customer -> logout.logout(customer.grant(), Origins.of(ctx)));
            pages.endSession(ctx, tenant);
            Texts t = pages.t(ctx);
            pages.message(ctx, tenant, 200, t.get("logout.done.title"), t.get("logout.done.text"),
                    base(tenant) + "/login", t.get("logout.signInAgain"));
        });
    }
}
