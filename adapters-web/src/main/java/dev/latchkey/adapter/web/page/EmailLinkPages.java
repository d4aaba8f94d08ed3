package dev.latchkey.adapter.web.page;

import static dev.latchkey.adapter.web.page.PageSupport.base;
import static dev.latchkey.adapter.web.page.PageSupport.field;

import dev.latchkey.adapter.web.auth.Origins;
import dev.latchkey.application.port.in.email.ConfirmEmailChangeUseCase;
import dev.latchkey.application.port.in.email.UndoEmailChangeUseCase;
import dev.latchkey.ui.i18n.Texts;
import dev.latchkey.ui.view.ConfirmPage;
import dev.latchkey.ui.view.FormPage;
import io.javalin.http.Context;
import java.util.Map;

/** The pages the email-change mails link to: confirm the new address, and undo the change from the old one. */
final class EmailLinkPages {

    private final PageSupport pages;
    private final ConfirmEmailChangeUseCase confirmChange;
    private final UndoEmailChangeUseCase undoChange;

    EmailLinkPages(PageSupport pages, ConfirmEmailChangeUseCase confirmChange, UndoEmailChangeUseCase undoChange) {
        this.pages = pages;
        this.confirmChange = confirmChange;
        this.undoChange = undoChange;
    }

    void showConfirm(Context ctx) {
        showButton(ctx, "/email/confirm", "email.confirm");
    }

    void showUndo(Context ctx) {
        showButton(ctx, "/email/undo", "email.undo");
    }

    void submitConfirm(Context ctx) {
        pages.withCheckedForm(ctx, tenant -> {
            Texts t = pages.t(ctx);
            var result = confirmChange.confirm(new ConfirmEmailChangeUseCase.Command(tenant.name(), field(ctx, "token"),
                    Origins.of(ctx)));
            pages.dropLinkToken(ctx, ctx.path());
            if (result instanceof ConfirmEmailChangeUseCase.Changed) {
                pages.message(ctx, tenant, 200, t.get("email.confirm.done.title"), t.get("email.confirm.done.text"),
                        base(tenant) + "/profile", t.get("profile.title"));
            } else if (result instanceof ConfirmEmailChangeUseCase.EmailTaken) {
                pages.message(ctx, tenant, 409, t.get("error.linkInvalid.title"), t.get("email.confirm.taken"), "", "");
            } else if (result instanceof ConfirmEmailChangeUseCase.TokenExpired) {
                pages.message(ctx, tenant, 410, t.get("error.linkExpired.title"), t.get("email.confirm.expired"),
                        base(tenant) + "/profile#email", t.get("profile.title"));
            } else {
                pages.message(ctx, tenant, 400, t.get("error.linkInvalid.title"), t.get("email.confirm.invalid"), "", "");
            }
        });
    }

    /** Undoing ends every session, this browser's too; the customer then chooses a new password. */
    void submitUndo(Context ctx) {
        pages.withCheckedForm(ctx, tenant -> {
            Texts t = pages.t(ctx);
            var result = undoChange.undo(new UndoEmailChangeUseCase.Command(tenant.name(), field(ctx, "token"),
                    Origins.of(ctx)));
            pages.dropLinkToken(ctx, ctx.path());
            if (result instanceof UndoEmailChangeUseCase.Undone) {
                pages.endSession(ctx, tenant);
                pages.message(ctx, tenant, 200, t.get("email.undo.done.title"), t.get("email.undo.done.text"),
                        base(tenant) + "/password/forgot", t.get("reset.title"));
            } else if (result instanceof UndoEmailChangeUseCase.EmailTaken) {
                pages.message(ctx, tenant, 409, t.get("error.linkInvalid.title"), t.get("email.undo.taken"), "", "");
            } else if (result instanceof UndoEmailChangeUseCase.TokenExpired) {
                pages.message(ctx, tenant, 410, t.get("error.linkExpired.title"), t.get("email.undo.expired"), "", "");
            } else {
                pages.message(ctx, tenant, 400, t.get("error.linkInvalid.title"), t.get("email.undo.invalid"), "", "");
            }
        });
    }

    private void showButton(Context ctx, String page, String textKey) {
        pages.withLinkToken(ctx, (tenant, token) -> {
            FormPage form = new FormPage(pages.frame(ctx, tenant), Map.of(), Map.of(), "", Map.of("token", token));
            pages.render(ctx, tenant, 200, pages.templates.pageConfirm(ConfirmPage.of(form, base(tenant) + page, textKey)));
        });
    }
}
