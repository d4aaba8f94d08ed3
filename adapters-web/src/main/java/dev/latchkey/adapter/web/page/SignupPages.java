package dev.latchkey.adapter.web.page;

import static dev.latchkey.adapter.web.page.PagePaths.base;
import static dev.latchkey.adapter.web.page.PagePaths.field;
import static dev.latchkey.adapter.web.page.PagePaths.storefront;

import dev.latchkey.adapter.web.auth.Origins;
import dev.latchkey.adapter.web.outcome.Outcomes;
import dev.latchkey.application.port.in.signup.ConfirmSignupUseCase;
import dev.latchkey.application.port.in.signup.SignUpUseCase;
import dev.latchkey.application.port.in.signup.SignupUseCases;
import dev.latchkey.domain.credential.Password;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.profile.Change;
import dev.latchkey.domain.profile.ProfilePatch;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.token.LinkToken;
import dev.latchkey.ui.i18n.Language;
import dev.latchkey.ui.i18n.Texts;
import dev.latchkey.ui.view.ConfirmPage;
import dev.latchkey.ui.view.FormPage;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.Optional;

/** Sign up, and the activation page the mailed link opens. */
public final class SignupPages {

    private final PageGuard guard;
    private final PageRenderer renderer;
    private final PageLanguages languages;
    private final SignupUseCases signup;

    SignupPages(PageGuard guard, PageRenderer renderer, PageLanguages languages, SignupUseCases signup) {
        this.guard = guard;
        this.renderer = renderer;
        this.languages = languages;
        this.signup = signup;
    }

    public void showSignup(Context ctx) {
        guard.withTenant(
                ctx,
                tenant -> renderer.render(
                        ctx, tenant, 200, renderer.templates().pageSignup(renderer.emptyForm(ctx, tenant))));
    }

    /** The new account speaks the language the page was shown in: its mails and later pages follow it. */
    public void submitSignup(Context ctx) {
        guard.withCheckedForm(ctx, tenant -> {
            Texts t = languages.t(ctx);
            String emailText = field(ctx, "email");
            Map<String, String> values = Map.of("email", emailText);
            if (!EmailAddress.isValid(emailText)) {
                signupAgain(ctx, tenant, values, Map.of("email", t.get("error.email")));
                return;
            }
            var result = signup.signUp()
                    .signUp(new SignUpUseCase.Command(
                            tenant.name(),
                            new EmailAddress(emailText),
                            new Password(field(ctx, "password")),
                            Optional.of(inLanguage(t.language())),
                            Optional.empty()));
            Outcomes.of(SignUpUseCase.Result.class, result)
                    .on(
                            SignUpUseCase.SignedUp.class,
                            signedUp -> renderer.message(
                                    ctx,
                                    tenant,
                                    200,
                                    t.get("signup.sent.title"),
                                    t.get("signup.sent.text", emailText),
                                    "",
                                    ""))
                    .on(
                            SignUpUseCase.PasswordRejected.class,
                            rejected -> signupAgain(
                                    ctx,
                                    tenant,
                                    values,
                                    Map.of("password", PageLanguages.words(t, rejected.failedRules()))))
                    .on(SignUpUseCase.UnknownTenant.class, unknown -> guard.notFound(ctx))
                    .answer();
        });
    }

    private void signupAgain(Context ctx, Tenant tenant, Map<String, String> values, Map<String, String> errors) {
        renderer.render(
                ctx,
                tenant,
                400,
                renderer.templates()
                        .pageSignup(new FormPage(renderer.frame(ctx, tenant), values, errors, "", Map.of())));
    }

    private static ProfilePatch inLanguage(Language language) {
        ProfilePatch none = ProfilePatch.none();
        String tag = language == Language.DE ? "de_DE" : "en_US";
        return new ProfilePatch(
                none.title(),
                none.firstName(),
                none.middleName(),
                none.lastName(),
                none.contactPhone(),
                none.company(),
                Change.to(tag),
                none.preferredCurrency(),
                none.preferredSite(),
                none.contactEmail(),
                none.type(),
                none.b2b(),
                none.metadata(),
                none.mixins());
    }

    public void showOptin(Context ctx) {
        guard.withLinkToken(ctx, (tenant, token) -> {
            FormPage form =
                    new FormPage(renderer.frame(ctx, tenant), Map.of(), Map.of(), "", Map.of("token", token.value()));
            renderer.render(
                    ctx,
                    tenant,
                    200,
                    renderer.templates().pageConfirm(ConfirmPage.of(form, base(tenant) + "/optin", "optin")));
        });
    }

    public void submitOptin(Context ctx) {
        guard.withCheckedForm(ctx, tenant -> {
            Optional<LinkToken> token = PageGuard.linkTokenOf(ctx);
            guard.dropLinkToken(ctx, ctx.path());
            if (token.isEmpty()) {
                invalidLink(ctx, tenant);
                return;
            }
            Texts t = languages.t(ctx);
            var result = signup.confirm()
                    .confirm(new ConfirmSignupUseCase.Command(
                            tenant.name(), token.get(), storefront(tenant), Origins.of(ctx)));
            Outcomes.of(ConfirmSignupUseCase.Result.class, result)
                    .on(ConfirmSignupUseCase.Confirmed.class, confirmed -> {
                        guard.startSession(ctx, tenant, confirmed.tokens());
                        ctx.redirect(base(tenant) + "/profile", HttpStatus.SEE_OTHER);
                    })
                    .on(
                            ConfirmSignupUseCase.TokenExpired.class,
                            expired -> renderer.message(
                                    ctx,
                                    tenant,
                                    410,
                                    t.get("error.linkExpired.title"),
                                    t.get("optin.expired"),
                                    base(tenant) + "/signup",
                                    t.get("signup.button")))
                    .on(ConfirmSignupUseCase.TokenInvalid.class, invalid -> invalidLink(ctx, tenant))
                    .answer();
        });
    }

    private void invalidLink(Context ctx, Tenant tenant) {
        Texts t = languages.t(ctx);
        renderer.message(
                ctx,
                tenant,
                400,
                t.get("error.linkInvalid.title"),
                t.get("optin.invalid"),
                base(tenant) + "/login",
                t.get("login.button"));
    }
}
