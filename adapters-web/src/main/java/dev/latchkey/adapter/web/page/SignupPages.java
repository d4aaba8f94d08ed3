package dev.latchkey.adapter.web.page;

import static dev.latchkey.adapter.web.page.PageSupport.base;
import static dev.latchkey.adapter.web.page.PageSupport.field;
import static dev.latchkey.adapter.web.page.PageSupport.storefront;

import dev.latchkey.adapter.web.auth.Origins;
import dev.latchkey.application.port.in.signup.ConfirmSignupUseCase;
import dev.latchkey.application.port.in.signup.SignUpUseCase;
import dev.latchkey.domain.credential.Password;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.profile.Change;
import dev.latchkey.domain.profile.ProfilePatch;
import dev.latchkey.ui.i18n.Language;
import dev.latchkey.ui.i18n.Texts;
import dev.latchkey.ui.view.ConfirmPage;
import dev.latchkey.ui.view.FormPage;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.Optional;

/** Sign up, and the activation page the mailed link opens. */
final class SignupPages {

    private final PageSupport pages;
    private final SignUpUseCase signUp;
    private final ConfirmSignupUseCase confirmSignup;
    private final SignInPages signIn;

    SignupPages(PageSupport pages, SignUpUseCase signUp, ConfirmSignupUseCase confirmSignup, SignInPages signIn) {
        this.pages = pages;
        this.signUp = signUp;
        this.confirmSignup = confirmSignup;
        this.signIn = signIn;
    }

    void showSignup(Context ctx) {
        pages.withTenant(ctx, tenant -> pages.render(ctx, tenant, 200, pages.templates.pageSignup(pages.emptyForm(ctx, tenant))));
    }

    /** The new account speaks the language the page was shown in: its mails and later pages follow it. */
    void submitSignup(Context ctx) {
        pages.withCheckedForm(ctx, tenant -> {
            Texts t = pages.t(ctx);
            String emailText = field(ctx, "email");
            Map<String, String> values = Map.of("email", emailText);
            if (!EmailAddress.isValid(emailText)) {
                pages.render(ctx, tenant, 400, pages.templates.pageSignup(new FormPage(pages.frame(ctx, tenant), values,
                        Map.of("email", t.get("error.email")), "", Map.of())));
                return;
            }
            var result = signUp.signUp(new SignUpUseCase.Command(tenant.name(), new EmailAddress(emailText),
                    new Password(field(ctx, "password")), Optional.of(inLanguage(t.language())), Optional.empty()));
            if (result instanceof SignUpUseCase.PasswordRejected rejected) {
                pages.render(ctx, tenant, 400, pages.templates.pageSignup(new FormPage(pages.frame(ctx, tenant), values,
                        Map.of("password", PageSupport.words(t, rejected.failedRules())), "", Map.of())));
                return;
            }
            pages.message(ctx, tenant, 200, t.get("signup.sent.title"), t.get("signup.sent.text", emailText), "", "");
        });
    }

    private static ProfilePatch inLanguage(Language language) {
        ProfilePatch none = ProfilePatch.none();
        String tag = language == Language.DE ? "de_DE" : "en_US";
        return new ProfilePatch(none.title(), none.firstName(), none.middleName(), none.lastName(), none.contactPhone(),
                none.company(), Change.to(tag), none.preferredCurrency(), none.preferredSite(), none.contactEmail(),
                none.type(), none.b2b(), none.metadata(), none.mixins());
    }

    void showOptin(Context ctx) {
        pages.withLinkToken(ctx, (tenant, token) -> {
            FormPage form = new FormPage(pages.frame(ctx, tenant), Map.of(), Map.of(), "", Map.of("token", token));
            pages.render(ctx, tenant, 200, pages.templates.pageConfirm(ConfirmPage.of(form, base(tenant) + "/optin", "optin")));
        });
    }

    void submitOptin(Context ctx) {
        pages.withCheckedForm(ctx, tenant -> {
            Texts t = pages.t(ctx);
            var result = confirmSignup.confirm(new ConfirmSignupUseCase.Command(tenant.name(), field(ctx, "token"),
                    storefront(tenant), Origins.of(ctx)));
            pages.dropLinkToken(ctx, ctx.path());
            if (result instanceof ConfirmSignupUseCase.Confirmed confirmed) {
                signIn.signIn(ctx, tenant, confirmed.tokens());
                ctx.redirect(base(tenant) + "/profile", HttpStatus.SEE_OTHER);
            } else if (result instanceof ConfirmSignupUseCase.TokenExpired) {
                pages.message(ctx, tenant, 410, t.get("error.linkExpired.title"), t.get("optin.expired"),
                        base(tenant) + "/signup", t.get("signup.button"));
            } else {
                pages.message(ctx, tenant, 400, t.get("error.linkInvalid.title"), t.get("optin.invalid"),
                        base(tenant) + "/login", t.get("login.button"));
            }
        });
    }
}
