package dev.latchkey.adapter.web.page;

import static dev.latchkey.adapter.web.page.PageSupport.base;
import static dev.latchkey.adapter.web.page.PageSupport.field;

import dev.latchkey.adapter.web.auth.Origins;
import dev.latchkey.application.port.in.password.RequestPasswordResetUseCase;
import dev.latchkey.application.port.in.password.ResetPasswordUseCase;
import dev.latchkey.application.port.in.password.ValidatePasswordUseCase;
import dev.latchkey.domain.credential.Password;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.ui.i18n.Texts;
import dev.latchkey.ui.view.FormPage;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;

/** Forgotten password, and the reset page the mailed link opens. */
final class PasswordPages {

    private final PageSupport pages;
    private final RequestPasswordResetUseCase requestReset;
    private final ResetPasswordUseCase resetPassword;
    private final ValidatePasswordUseCase validatePassword;

    PasswordPages(PageSupport pages, RequestPasswordResetUseCase requestReset, ResetPasswordUseCase resetPassword,
                  ValidatePasswordUseCase validatePassword) {
        this.pages = pages;
        this.requestReset = requestReset;
        this.resetPassword = resetPassword;
        this.validatePassword = validatePassword;
    }

    /** The script's hint while a new password is typed: the same policy check as the API's, in the page's words. */
    void check(Context ctx) {
        pages.withTenant(ctx, tenant -> {
            if (!pages.cookies.csrfValid(ctx)) {
                ctx.status(403).json(Map.of("ok", false, "hint", ""));
                return;
            }
            Texts t = pages.t(ctx);
            String emailText = field(ctx, "email").strip();
            Optional<EmailAddress> email = EmailAddress.isValid(emailText) ? Optional.of(new EmailAddress(emailText))
                    : Optional.empty();
            var result = validatePassword.validate(new ValidatePasswordUseCase.Command(new Password(field(ctx, "password")),
                    email));
            ctx.header("Cache-Control", "no-store");
            if (result instanceof ValidatePasswordUseCase.PasswordRejected rejected) {
                ctx.json(Map.of("ok", false, "hint", PageSupport.words(t, rejected.failedRules())));
            } else {
                ctx.json(Map.of("ok", true, "hint", t.get("password.hint.ok")));
            }
        });
    }

    void showForgot(Context ctx) {
        pages.withTenant(ctx, tenant -> pages.render(ctx, tenant, 200, pages.templates.pageForgot(pages.emptyForm(ctx, tenant))));
    }

    void submitForgot(Context ctx) {
        pages.withCheckedForm(ctx, tenant -> {
            Texts t = pages.t(ctx);
            String emailText = field(ctx, "email");
            if (!EmailAddress.isValid(emailText)) {
                pages.render(ctx, tenant, 400, pages.templates.pageForgot(new FormPage(pages.frame(ctx, tenant),
                        Map.of("email", emailText), Map.of("email", t.get("error.email")), "", Map.of())));
                return;
            }
            requestReset.request(new RequestPasswordResetUseCase.Command(tenant.name(), new EmailAddress(emailText)));
            pages.message(ctx, tenant, 200, t.get("forgot.sent.title"), t.get("forgot.sent.text", emailText),
                    base(tenant) + "/login", t.get("forgot.back"));
        });
    }

    void showReset(Context ctx) {
        pages.withLinkToken(ctx, (tenant, token) -> pages.render(ctx, tenant, 200, pages.templates.pageReset(
                new FormPage(pages.frame(ctx, tenant), Map.of(), Map.of(), "", Map.of("token", token)))));
    }

    void submitReset(Context ctx) {
        pages.withCheckedForm(ctx, tenant -> {
            Texts t = pages.t(ctx);
            String token = field(ctx, "token");
            var result = resetPassword.reset(new ResetPasswordUseCase.Command(tenant.name(), token,
                    new Password(field(ctx, "password")), Optional.of(new Password(field(ctx, "passwordVerify"))),
                    Origins.of(ctx)));
            Map<String, String> hidden = Map.of("token", token);
            if (result instanceof ResetPasswordUseCase.PasswordReset) {
                pages.dropLinkToken(ctx, ctx.path());
                pages.endSession(ctx, tenant);
                pages.message(ctx, tenant, 200, t.get("reset.done.title"), t.get("reset.done.text"),
                        base(tenant) + "/login", t.get("login.button"));
            } else if (result instanceof ResetPasswordUseCase.PasswordsDiffer) {
                pages.render(ctx, tenant, 400, pages.templates.pageReset(new FormPage(pages.frame(ctx, tenant), Map.of(),
                        Map.of("passwordVerify", t.get("error.passwordsDiffer")), "", hidden)));
            } else if (result instanceof ResetPasswordUseCase.PasswordRejected rejected) {
                pages.render(ctx, tenant, 400, pages.templates.pageReset(new FormPage(pages.frame(ctx, tenant), Map.of(),
                        Map.of("password", PageSupport.words(t, rejected.failedRules())), "", hidden)));
            } else if (result instanceof ResetPasswordUseCase.TokenExpired) {
                pages.dropLinkToken(ctx, ctx.path());
                pages.message(ctx, tenant, 410, t.get("error.linkExpired.title"), t.get("reset.expired"),
                        base(tenant) + "/password/forgot", t.get("reset.askAgain"));
            } else {
                pages.dropLinkToken(ctx, ctx.path());
                pages.message(ctx, tenant, 400, t.get("error.linkInvalid.title"), t.get("reset.invalid"),
                        base(tenant) + "/password/forgot", t.get("reset.askAgain"));
            }
        });
    }
}
