package dev.latchkey.adapter.web.page;

import static dev.latchkey.adapter.web.page.PagePaths.base;
import static dev.latchkey.adapter.web.page.PagePaths.field;

import dev.latchkey.adapter.web.auth.Origins;
import dev.latchkey.adapter.web.outcome.Outcomes;
import dev.latchkey.application.port.in.password.ChangePasswordUseCase;
import dev.latchkey.application.port.in.password.PasswordUseCases;
import dev.latchkey.application.port.in.password.RequestPasswordResetUseCase;
import dev.latchkey.application.port.in.password.ResetPasswordUseCase;
import dev.latchkey.application.port.in.password.ValidatePasswordUseCase;
import dev.latchkey.domain.credential.Password;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.token.LinkToken;
import dev.latchkey.ui.i18n.Texts;
import dev.latchkey.ui.view.FormPage;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;

/** Forgotten password, the reset page the mailed link opens, and the password form of the account page. */
public final class PasswordPages {

    private final PageGuard guard;
    private final PageRenderer renderer;
    private final PageLanguages languages;
    private final ProfileView profileView;
    private final PasswordUseCases passwords;

    PasswordPages(
            PageGuard guard,
            PageRenderer renderer,
            PageLanguages languages,
            ProfileView profileView,
            PasswordUseCases passwords) {
        this.guard = guard;
        this.renderer = renderer;
        this.languages = languages;
        this.profileView = profileView;
        this.passwords = passwords;
    }

    /** The script's hint while a new password is typed: the same policy check as the API's, in the page's words. */
    public void check(Context ctx) {
        guard.withTenant(ctx, tenant -> {
            if (!guard.csrfValid(ctx)) {
                ctx.status(403).json(Map.of("ok", false, "hint", ""));
                return;
            }
            Texts t = languages.t(ctx);
            String emailText = field(ctx, "email").strip();
            Optional<EmailAddress> email =
                    EmailAddress.isValid(emailText) ? Optional.of(new EmailAddress(emailText)) : Optional.empty();
            var result = passwords
                    .validate()
                    .validate(new ValidatePasswordUseCase.Command(new Password(field(ctx, "password")), email));
            ctx.header("Cache-Control", "no-store");
            Outcomes.of(ValidatePasswordUseCase.Result.class, result)
                    .on(
                            ValidatePasswordUseCase.PasswordRejected.class,
                            rejected -> ctx.json(
                                    Map.of("ok", false, "hint", PageLanguages.words(t, rejected.failedRules()))))
                    .on(
                            ValidatePasswordUseCase.Acceptable.class,
                            acceptable -> ctx.json(Map.of("ok", true, "hint", t.get("password.hint.ok"))))
                    .answer();
        });
    }

    public void showForgot(Context ctx) {
        guard.withTenant(
                ctx,
                tenant -> renderer.render(
                        ctx, tenant, 200, renderer.templates().pageForgot(renderer.emptyForm(ctx, tenant))));
    }

    public void submitForgot(Context ctx) {
        guard.withCheckedForm(ctx, tenant -> {
            Texts t = languages.t(ctx);
            String emailText = field(ctx, "email");
            if (!EmailAddress.isValid(emailText)) {
                renderer.render(
                        ctx,
                        tenant,
                        400,
                        renderer.templates()
                                .pageForgot(new FormPage(
                                        renderer.frame(ctx, tenant),
                                        Map.of("email", emailText),
                                        Map.of("email", t.get("error.email")),
                                        "",
                                        Map.of())));
                return;
            }
            passwords
                    .requestReset()
                    .request(new RequestPasswordResetUseCase.Command(tenant.name(), new EmailAddress(emailText)));
            renderer.message(
                    ctx,
                    tenant,
                    200,
                    t.get("forgot.sent.title"),
                    t.get("forgot.sent.text", emailText),
                    base(tenant) + "/login",
                    t.get("forgot.back"));
        });
    }

    public void showReset(Context ctx) {
        guard.withLinkToken(
                ctx,
                (tenant, token) -> renderer.render(
                        ctx,
                        tenant,
                        200,
                        renderer.templates()
                                .pageReset(new FormPage(
                                        renderer.frame(ctx, tenant),
                                        Map.of(),
                                        Map.of(),
                                        "",
                                        Map.of("token", token.value())))));
    }

    public void submitReset(Context ctx) {
        guard.withCheckedForm(ctx, tenant -> {
            Texts t = languages.t(ctx);
            Optional<LinkToken> token = PageGuard.linkTokenOf(ctx);
            if (token.isEmpty()) {
                invalidLink(ctx, tenant);
                return;
            }
            var result = passwords
                    .reset()
                    .reset(new ResetPasswordUseCase.Command(
                            tenant.name(),
                            token.get(),
                            new Password(field(ctx, "password")),
                            Optional.of(new Password(field(ctx, "passwordVerify"))),
                            Origins.of(ctx)));
            Map<String, String> hidden = Map.of("token", token.get().value());
            Outcomes.of(ResetPasswordUseCase.Result.class, result)
                    .on(ResetPasswordUseCase.PasswordReset.class, reset -> {
                        guard.dropLinkToken(ctx, ctx.path());
                        guard.endSession(ctx, tenant);
                        renderer.message(
                                ctx,
                                tenant,
                                200,
                                t.get("reset.done.title"),
                                t.get("reset.done.text"),
                                base(tenant) + "/login",
                                t.get("login.button"));
                    })
                    .on(
                            ResetPasswordUseCase.PasswordsDiffer.class,
                            differ -> resetAgain(
                                    ctx, tenant, hidden, Map.of("passwordVerify", t.get("error.passwordsDiffer"))))
                    .on(
                            ResetPasswordUseCase.PasswordRejected.class,
                            rejected -> resetAgain(
                                    ctx,
                                    tenant,
                                    hidden,
                                    Map.of("password", PageLanguages.words(t, rejected.failedRules()))))
                    .on(ResetPasswordUseCase.TokenExpired.class, expired -> {
                        guard.dropLinkToken(ctx, ctx.path());
                        renderer.message(
                                ctx,
                                tenant,
                                410,
                                t.get("error.linkExpired.title"),
                                t.get("reset.expired"),
                                base(tenant) + "/password/forgot",
                                t.get("reset.askAgain"));
                    })
                    .on(ResetPasswordUseCase.TokenInvalid.class, invalid -> invalidLink(ctx, tenant))
                    .answer();
        });
    }

    private void resetAgain(Context ctx, Tenant tenant, Map<String, String> hidden, Map<String, String> errors) {
        renderer.render(
                ctx,
                tenant,
                400,
                renderer.templates()
                        .pageReset(new FormPage(renderer.frame(ctx, tenant), Map.of(), errors, "", hidden)));
    }

    private void invalidLink(Context ctx, Tenant tenant) {
        Texts t = languages.t(ctx);
        guard.dropLinkToken(ctx, ctx.path());
        renderer.message(
                ctx,
                tenant,
                400,
                t.get("error.linkInvalid.title"),
                t.get("reset.invalid"),
                base(tenant) + "/password/forgot",
                t.get("reset.askAgain"));
    }

    /** The password form of the account page. */
    public void submitChange(Context ctx) {
        guard.withCustomerForm(ctx, (tenant, customer) -> {
            Texts t = languages.t(ctx);
            String newPassword = field(ctx, "newPassword");
            if (!newPassword.equals(field(ctx, "newPasswordVerify"))) {
                profileView.again(
                        ctx,
                        tenant,
                        customer,
                        400,
                        Map.of(),
                        Map.of("newPasswordVerify", t.get("error.passwordsDiffer")));
                return;
            }
            var result = passwords
                    .change()
                    .change(new ChangePasswordUseCase.Command(
                            tenant.name(),
                            customer.id(),
                            customer.grant().session(),
                            new Password(field(ctx, "currentPassword")),
                            new Password(newPassword),
                            Origins.of(ctx)));
            Outcomes.of(ChangePasswordUseCase.Result.class, result)
                    .on(
                            ChangePasswordUseCase.PasswordChanged.class,
                            changed -> ProfileView.done(ctx, tenant, "password", "password"))
                    .on(
                            ChangePasswordUseCase.WrongPassword.class,
                            wrong -> profileView.again(
                                    ctx,
                                    tenant,
                                    customer,
                                    400,
                                    Map.of(),
                                    Map.of("currentPassword", t.get("error.wrongPassword"))))
                    .on(ChangePasswordUseCase.Throttled.class, throttled -> {
                        PageRenderer.retryAfter(ctx, throttled.retryAfter());
                        profileView.again(
                                ctx,
                                tenant,
                                customer,
                                429,
                                Map.of(),
                                Map.of(
                                        "currentPassword",
                                        t.get("error.throttled", PageLanguages.wait(t, throttled.retryAfter()))));
                    })
                    .on(
                            ChangePasswordUseCase.PasswordRejected.class,
                            rejected -> profileView.again(
                                    ctx,
                                    tenant,
                                    customer,
                                    400,
                                    Map.of(),
                                    Map.of("newPassword", PageLanguages.words(t, rejected.failedRules()))))
                    .answer();
        });
    }
}
