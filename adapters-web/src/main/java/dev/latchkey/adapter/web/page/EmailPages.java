package dev.latchkey.adapter.web.page;

import static dev.latchkey.adapter.web.page.PagePaths.base;
import static dev.latchkey.adapter.web.page.PagePaths.field;

import dev.latchkey.adapter.web.auth.Origins;
import dev.latchkey.adapter.web.outcome.Outcomes;
import dev.latchkey.application.port.in.email.ConfirmEmailChangeUseCase;
import dev.latchkey.application.port.in.email.EmailChangeUseCases;
import dev.latchkey.application.port.in.email.RequestEmailChangeUseCase;
import dev.latchkey.application.port.in.email.UndoEmailChangeUseCase;
import dev.latchkey.domain.credential.Password;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.token.LinkToken;
import dev.latchkey.ui.i18n.Texts;
import dev.latchkey.ui.view.ConfirmPage;
import dev.latchkey.ui.view.FormPage;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;

/**
 * Changing the login email: the form of the account page, and the pages the mails link to (confirm the
 * new address, undo the change from the old one).
 */
public final class EmailPages {

    private final PageGuard guard;
    private final PageRenderer renderer;
    private final PageLanguages languages;
    private final ProfileView profileView;
    private final EmailChangeUseCases emailChange;

    EmailPages(
            PageGuard guard,
            PageRenderer renderer,
            PageLanguages languages,
            ProfileView profileView,
            EmailChangeUseCases emailChange) {
        this.guard = guard;
        this.renderer = renderer;
        this.languages = languages;
        this.profileView = profileView;
        this.emailChange = emailChange;
    }

    /** The account page asks for the password only: the signed-in session already names the account. */
    public void submitRequest(Context ctx) {
        guard.withCustomerForm(ctx, (tenant, customer) -> {
            Texts t = languages.t(ctx);
            String newEmail = field(ctx, "newEmail").strip();
            Map<String, String> values = Map.of("newEmail", newEmail);
            if (!EmailAddress.isValid(newEmail)) {
                profileView.again(ctx, tenant, customer, 400, values, Map.of("newEmail", t.get("error.email")));
                return;
            }
            var result = emailChange
                    .request()
                    .request(new RequestEmailChangeUseCase.Command(
                            tenant.name(),
                            customer.id(),
                            Optional.empty(),
                            new Password(field(ctx, "emailPassword")),
                            new EmailAddress(newEmail),
                            Origins.of(ctx),
                            false));
            Outcomes.of(RequestEmailChangeUseCase.Result.class, result)
                    .on(
                            RequestEmailChangeUseCase.Requested.class,
                            requested -> ProfileView.done(ctx, tenant, "email", "email"))
                    .on(RequestEmailChangeUseCase.Throttled.class, throttled -> {
                        PageRenderer.retryAfter(ctx, throttled.retryAfter());
                        profileView.again(
                                ctx,
                                tenant,
                                customer,
                                429,
                                values,
                                Map.of(
                                        "emailPassword",
                                        t.get("error.throttled", PageLanguages.wait(t, throttled.retryAfter()))));
                    })
                    .on(
                            RequestEmailChangeUseCase.WrongCredentials.class,
                            wrong -> profileView.again(
                                    ctx, tenant, customer, 400, values, Map.of("emailPassword", t.get("email.wrong"))))
                    .answer();
        });
    }

    public void showConfirm(Context ctx) {
        showButton(ctx, "/email/confirm", "email.confirm");
    }

    public void showUndo(Context ctx) {
        showButton(ctx, "/email/undo", "email.undo");
    }

    public void submitConfirm(Context ctx) {
        guard.withCheckedForm(ctx, tenant -> {
            Texts t = languages.t(ctx);
            Optional<LinkToken> token = PageGuard.linkTokenOf(ctx);
            guard.dropLinkToken(ctx, ctx.path());
            if (token.isEmpty()) {
                message(ctx, tenant, 400, "error.linkInvalid.title", "email.confirm.invalid");
                return;
            }
            var result = emailChange
                    .confirm()
                    .confirm(new ConfirmEmailChangeUseCase.Command(tenant.name(), token.get(), Origins.of(ctx)));
            Outcomes.of(ConfirmEmailChangeUseCase.Result.class, result)
                    .on(
                            ConfirmEmailChangeUseCase.Changed.class,
                            changed -> renderer.message(
                                    ctx,
                                    tenant,
                                    200,
                                    t.get("email.confirm.done.title"),
                                    t.get("email.confirm.done.text"),
                                    base(tenant) + "/profile",
                                    t.get("profile.title")))
                    .on(
                            ConfirmEmailChangeUseCase.EmailTaken.class,
                            taken -> message(ctx, tenant, 409, "error.linkInvalid.title", "email.confirm.taken"))
                    .on(
                            ConfirmEmailChangeUseCase.TokenExpired.class,
                            expired -> renderer.message(
                                    ctx,
                                    tenant,
                                    410,
                                    t.get("error.linkExpired.title"),
                                    t.get("email.confirm.expired"),
                                    base(tenant) + "/profile#email",
                                    t.get("profile.title")))
                    .on(
                            ConfirmEmailChangeUseCase.TokenInvalid.class,
                            invalid -> message(ctx, tenant, 400, "error.linkInvalid.title", "email.confirm.invalid"))
                    .answer();
        });
    }

    /** Undoing ends every session, this browser's too; the customer then chooses a new password. */
    public void submitUndo(Context ctx) {
        guard.withCheckedForm(ctx, tenant -> {
            Texts t = languages.t(ctx);
            Optional<LinkToken> token = PageGuard.linkTokenOf(ctx);
            guard.dropLinkToken(ctx, ctx.path());
            if (token.isEmpty()) {
                message(ctx, tenant, 400, "error.linkInvalid.title", "email.undo.invalid");
                return;
            }
            var result = emailChange
                    .undo()
                    .undo(new UndoEmailChangeUseCase.Command(tenant.name(), token.get(), Origins.of(ctx)));
            Outcomes.of(UndoEmailChangeUseCase.Result.class, result)
                    .on(UndoEmailChangeUseCase.Undone.class, undone -> {
                        guard.endSession(ctx, tenant);
                        renderer.message(
                                ctx,
                                tenant,
                                200,
                                t.get("email.undo.done.title"),
                                t.get("email.undo.done.text"),
                                base(tenant) + "/password/forgot",
                                t.get("reset.title"));
                    })
                    .on(
                            UndoEmailChangeUseCase.EmailTaken.class,
                            taken -> message(ctx, tenant, 409, "error.linkInvalid.title", "email.undo.taken"))
                    .on(
                            UndoEmailChangeUseCase.TokenExpired.class,
                            expired -> message(ctx, tenant, 410, "error.linkExpired.title", "email.undo.expired"))
                    .on(
                            UndoEmailChangeUseCase.TokenInvalid.class,
                            invalid -> message(ctx, tenant, 400, "error.linkInvalid.title", "email.undo.invalid"))
                    .answer();
        });
    }

    private void message(Context ctx, Tenant tenant, int status, String titleKey, String textKey) {
        Texts t = languages.t(ctx);
        renderer.message(ctx, tenant, status, t.get(titleKey), t.get(textKey), "", "");
    }

    private void showButton(Context ctx, String page, String textKey) {
        guard.withLinkToken(ctx, (tenant, token) -> {
            FormPage form =
                    new FormPage(renderer.frame(ctx, tenant), Map.of(), Map.of(), "", Map.of("token", token.value()));
            renderer.render(
                    ctx,
                    tenant,
                    200,
                    renderer.templates().pageConfirm(ConfirmPage.of(form, base(tenant) + page, textKey)));
        });
    }
}
