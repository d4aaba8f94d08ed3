package dev.latchkey.adapter.web.page;

import static dev.latchkey.adapter.web.page.PagePaths.base;
import static dev.latchkey.adapter.web.page.PagePaths.field;
import static dev.latchkey.adapter.web.page.PagePaths.storefront;

import dev.latchkey.adapter.web.auth.Origins;
import dev.latchkey.adapter.web.outcome.Outcomes;
import dev.latchkey.application.port.in.token.LoginUseCase;
import dev.latchkey.application.port.in.token.TokenUseCases;
import dev.latchkey.domain.credential.Password;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.ui.i18n.Texts;
import dev.latchkey.ui.view.FormPage;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.Optional;

/** Sign in (with an optional {@code return_to}) and sign out. */
public final class SignInPages {

    private final PageGuard guard;
    private final PageRenderer renderer;
    private final PageLanguages languages;
    private final TokenUseCases tokens;

    SignInPages(PageGuard guard, PageRenderer renderer, PageLanguages languages, TokenUseCases tokens) {
        this.guard = guard;
        this.renderer = renderer;
        this.languages = languages;
        this.tokens = tokens;
    }

    public void showLogin(Context ctx) {
        guard.withTenant(ctx, tenant -> {
            Map<String, String> hidden = ReturnTo.check(tenant, ctx.queryParam("return_to"))
                    .map(target -> Map.of("return_to", target))
                    .orElse(Map.of());
            renderer.render(
                    ctx,
                    tenant,
                    200,
                    renderer.templates()
                            .pageLogin(new FormPage(renderer.frame(ctx, tenant), Map.of(), Map.of(), "", hidden)));
        });
    }

    public void submitLogin(Context ctx) {
        guard.withCheckedForm(ctx, tenant -> {
            Texts t = languages.t(ctx);
            String emailText = field(ctx, "email");
            Optional<String> returnTo = ReturnTo.check(tenant, ctx.formParam("return_to"));
            Map<String, String> hidden =
                    returnTo.map(target -> Map.of("return_to", target)).orElse(Map.of());
            Map<String, String> values = Map.of("email", emailText);
            if (!EmailAddress.isValid(emailText)) {
                loginAgain(ctx, tenant, 400, values, Map.of("email", t.get("error.email")), hidden);
                return;
            }
            var result = tokens.login()
                    .login(new LoginUseCase.Command(
                            tenant.name(),
                            new EmailAddress(emailText),
                            new Password(field(ctx, "password")),
                            storefront(tenant),
                            Origins.of(ctx)));
            Outcomes.of(LoginUseCase.Result.class, result)
                    .on(LoginUseCase.LoggedIn.class, loggedIn -> {
                        guard.startSession(ctx, tenant, loggedIn.tokens());
                        ctx.redirect(returnTo.orElse(base(tenant) + "/profile"), HttpStatus.SEE_OTHER);
                    })
                    .on(LoginUseCase.Throttled.class, throttled -> {
                        PageRenderer.retryAfter(ctx, throttled.retryAfter());
                        loginAgain(
                                ctx,
                                tenant,
                                429,
                                values,
                                Map.of(
                                        "password",
                                        t.get("error.throttled", PageLanguages.wait(t, throttled.retryAfter()))),
                                hidden);
                    })
                    .on(
                            LoginUseCase.NotActivated.class,
                            notActivated -> loginAgain(
                                    ctx, tenant, 403, values, Map.of("password", t.get("login.notActivated")), hidden))
                    .on(
                            LoginUseCase.Blocked.class,
                            blocked -> loginAgain(
                                    ctx, tenant, 403, values, Map.of("password", t.get("login.blocked")), hidden))
                    .on(
                            LoginUseCase.WrongCredentials.class,
                            wrong -> loginAgain(
                                    ctx, tenant, 401, values, Map.of("password", t.get("login.wrong")), hidden))
                    .answer();
        });
    }

    private void loginAgain(
            Context ctx,
            Tenant tenant,
            int status,
            Map<String, String> values,
            Map<String, String> errors,
            Map<String, String> hidden) {
        renderer.render(
                ctx,
                tenant,
                status,
                renderer.templates().pageLogin(new FormPage(renderer.frame(ctx, tenant), values, errors, "", hidden)));
    }

    public void showLogout(Context ctx) {
        guard.withTenant(
                ctx,
                tenant -> renderer.render(
                        ctx, tenant, 200, renderer.templates().pageLogout(renderer.emptyForm(ctx, tenant))));
    }

    public void submitLogout(Context ctx) {
        guard.withCheckedForm(ctx, tenant -> {
            guard.signedIn(ctx, tenant)
                    .ifPresent(customer -> tokens.logout().logout(customer.grant(), Origins.of(ctx)));
            guard.endSession(ctx, tenant);
            Texts t = languages.t(ctx);
            renderer.message(
                    ctx,
                    tenant,
                    200,
                    t.get("logout.done.title"),
                    t.get("logout.done.text"),
                    base(tenant) + "/login",
                    t.get("logout.signInAgain"));
        });
    }
}
