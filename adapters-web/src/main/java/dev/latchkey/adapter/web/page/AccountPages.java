package dev.latchkey.adapter.web.page;

import static dev.latchkey.adapter.web.page.PageSupport.base;
import static dev.latchkey.adapter.web.page.PageSupport.field;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.latchkey.adapter.web.api.account.AccountApi;
import dev.latchkey.adapter.web.auth.Origins;
import dev.latchkey.application.port.in.account.DeleteAccountUseCase;
import dev.latchkey.application.port.in.account.ExportAccountUseCase;
import dev.latchkey.application.port.in.account.RequestAccountDeletionUseCase;
import dev.latchkey.application.port.in.session.EndOtherSessionsUseCase;
import dev.latchkey.application.port.in.session.EndSessionUseCase;
import dev.latchkey.domain.token.SessionId;
import dev.latchkey.ui.i18n.Texts;
import dev.latchkey.ui.view.ConfirmPage;
import dev.latchkey.ui.view.FormPage;
import io.javalin.http.Context;
import java.util.Map;

/** Signed-in devices, the data export and the deletion of the account, from the profile page. */
final class AccountPages {

    private final PageSupport pages;
    private final EndSessionUseCase endSession;
    private final EndOtherSessionsUseCase endOtherSessions;
    private final ExportAccountUseCase exportAccount;
    private final RequestAccountDeletionUseCase requestDeletion;
    private final DeleteAccountUseCase deleteAccount;
    private final ObjectMapper mapper;

    AccountPages(PageSupport pages, EndSessionUseCase endSession, EndOtherSessionsUseCase endOtherSessions,
                 ExportAccountUseCase exportAccount, RequestAccountDeletionUseCase requestDeletion,
                 DeleteAccountUseCase deleteAccount, ObjectMapper mapper) {
        this.pages = pages;
        this.endSession = endSession;
        this.endOtherSessions = endOtherSessions;
        this.exportAccount = exportAccount;
        this.requestDeletion = requestDeletion;
        this.deleteAccount = deleteAccount;
        this.mapper = mapper;
    }

    void endSession(Context ctx) {
        pages.withCustomerForm(ctx, (tenant, customer) -> {
            String id = ctx.pathParam("id");
            if (!SessionId.isValid(id) || endSession.end(new EndSessionUseCase.Command(tenant.name(), customer.id(),
                    new SessionId(id), Origins.of(ctx))) instanceof EndSessionUseCase.UnknownSession) {
                pages.notFound(ctx);
                return;
            }
            ProfilePages.done(ctx, tenant, "session", "sessions");
        });
    }

    void endOtherSessions(Context ctx) {
        pages.withCustomerForm(ctx, (tenant, customer) -> {
            endOtherSessions.endOthers(new EndOtherSessionsUseCase.Command(tenant.name(), customer.id(),
                    customer.grant().session(), Origins.of(ctx)));
            ProfilePages.done(ctx, tenant, "sessions", "sessions");
        });
    }

    /** The same document as {@code GET /me/export}, as a file to save. */
    void export(Context ctx) {
        pages.withCustomer(ctx, (tenant, customer) -> {
            var result = exportAccount.export(new ExportAccountUseCase.Command(tenant.name(), customer.id(),
                    customer.grant().session()));
            if (!(result instanceof ExportAccountUseCase.Exported exported)) {
                pages.toLogin(ctx, tenant);
                return;
            }
            ctx.header("Cache-Control", "no-store");
            ctx.header("Content-Disposition", "attachment; filename=\"account-" + tenant.name().value() + ".json\"");
            ctx.contentType("application/json; charset=utf-8");
            ctx.result(AccountApi.exportJson(mapper, exported.export()).toPrettyString());
        });
    }

    void requestDeletion(Context ctx) {
        pages.withCustomerForm(ctx, (tenant, customer) -> {
            requestDeletion.request(new RequestAccountDeletionUseCase.Command(tenant.name(), customer.id(), Origins.of(ctx)));
            ProfilePages.done(ctx, tenant, "deletion", "delete");
        });
    }

    /** The mailed deletion link: only the signed-in owner of the account can confirm it. */
    void showDeletion(Context ctx) {
        pages.withLinkToken(ctx, (tenant, token) -> {
            pages.withCustomer(ctx, (sameTenant, customer) -> {
                FormPage form = new FormPage(pages.frame(ctx, tenant), Map.of(), Map.of(), "", Map.of("token", token));
                pages.render(ctx, tenant, 200, pages.templates.pageConfirm(new ConfirmPage(form,
                        base(tenant) + "/profile/delete/confirm", "delete.confirm", true, base(tenant) + "/profile")));
            });
        });
    }

    void confirmDeletion(Context ctx) {
        pages.withCustomerForm(ctx, (tenant, customer) -> {
            Texts t = pages.t(ctx);
            var result = deleteAccount.delete(new DeleteAccountUseCase.Command(tenant.name(), customer.id(),
                    field(ctx, "token"), Origins.of(ctx)));
            pages.dropLinkToken(ctx, base(tenant) + "/profile/delete");
            if (result instanceof DeleteAccountUseCase.Deleted) {
                pages.endSession(ctx, tenant);
                pages.message(ctx, tenant, 200, t.get("delete.done.title"), t.get("delete.done.text"), "", "");
            } else if (result instanceof DeleteAccountUseCase.TokenExpired) {
                pages.message(ctx, tenant, 410, t.get("error.linkExpired.title"), t.get("delete.expired"),
                        base(tenant) + "/profile#delete", t.get("profile.title"));
            } else {
                pages.message(ctx, tenant, 400, t.get("error.linkInvalid.title"), t.get("delete.invalid"),
                        base(tenant) + "/profile#delete", t.get("profile.title"));
            }
        });
    }
}
