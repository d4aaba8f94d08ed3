package dev.latchkey.adapter.web.page;

import static dev.latchkey.adapter.web.page.PagePaths.base;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.latchkey.adapter.web.api.account.AccountExportJson;
import dev.latchkey.adapter.web.auth.Origins;
import dev.latchkey.adapter.web.outcome.Outcomes;
import dev.latchkey.application.port.in.account.AccountUseCases;
import dev.latchkey.application.port.in.account.DeleteAccountUseCase;
import dev.latchkey.application.port.in.account.ExportAccountUseCase;
import dev.latchkey.application.port.in.account.RequestAccountDeletionUseCase;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.token.LinkToken;
import dev.latchkey.ui.i18n.Texts;
import dev.latchkey.ui.view.ConfirmPage;
import dev.latchkey.ui.view.FormPage;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;

/** The data export and the deletion of the account, from the account page. */
public final class AccountPages {

    private final PageGuard guard;
    private final PageRenderer renderer;
    private final PageLanguages languages;
    private final AccountUseCases account;
    private final ObjectMapper mapper;

    AccountPages(
            PageGuard guard,
            PageRenderer renderer,
            PageLanguages languages,
            AccountUseCases account,
            ObjectMapper mapper) {
        this.guard = guard;
        this.renderer = renderer;
        this.languages = languages;
        this.account = account;
        this.mapper = mapper;
    }

    /** The same document as {@code GET /me/export}, as a file to save. */
    public void export(Context ctx) {
        guard.withCustomer(ctx, (tenant, customer) -> {
            var result = account.export()
                    .export(new ExportAccountUseCase.Command(
                            tenant.name(), customer.id(), customer.grant().session()));
            Outcomes.of(ExportAccountUseCase.Result.class, result)
                    .on(ExportAccountUseCase.Exported.class, exported -> {
                        ctx.header("Cache-Control", "no-store");
                        ctx.header(
                                "Content-Disposition",
                                "attachment; filename=\"account-"
                                        + tenant.name().value() + ".json\"");
                        ctx.contentType("application/json; charset=utf-8");
                        ctx.result(
                                AccountExportJson.of(mapper, exported.export()).toPrettyString());
                    })
                    .on(ExportAccountUseCase.UnknownCustomer.class, unknown -> guard.toLogin(ctx, tenant))
                    .answer();
        });
    }

    public void requestDeletion(Context ctx) {
        guard.withCustomerForm(ctx, (tenant, customer) -> {
            account.requestDeletion()
                    .request(new RequestAccountDeletionUseCase.Command(tenant.name(), customer.id(), Origins.of(ctx)));
            ProfileView.done(ctx, tenant, "deletion", "delete");
        });
    }

    /** The mailed deletion link: only the signed-in owner of the account can confirm it. */
    public void showDeletion(Context ctx) {
        guard.withLinkToken(
                ctx,
                (tenant, token) -> guard.withCustomer(ctx, (sameTenant, customer) -> {
                    FormPage form = new FormPage(
                            renderer.frame(ctx, tenant), Map.of(), Map.of(), "", Map.of("token", token.value()));
                    renderer.render(
                            ctx,
                            tenant,
                            200,
                            renderer.templates()
                                    .pageConfirm(new ConfirmPage(
                                            form,
                                            base(tenant) + "/profile/delete/confirm",
                                            "delete.confirm",
                                            true,
                                            base(tenant) + "/profile")));
                }));
    }

    public void confirmDeletion(Context ctx) {
        guard.withCustomerForm(ctx, (tenant, customer) -> {
            Optional<LinkToken> token = PageGuard.linkTokenOf(ctx);
            guard.dropLinkToken(ctx, base(tenant) + "/profile/delete");
            if (token.isEmpty()) {
                invalidLink(ctx, tenant);
                return;
            }
            Texts t = languages.t(ctx);
            var result = account.delete()
                    .delete(new DeleteAccountUseCase.Command(
                            tenant.name(), customer.id(), token.get(), Origins.of(ctx)));
            Outcomes.of(DeleteAccountUseCase.Result.class, result)
                    .on(DeleteAccountUseCase.Deleted.class, deleted -> {
                        guard.endSession(ctx, tenant);
                        renderer.message(
                                ctx, tenant, 200, t.get("delete.done.title"), t.get("delete.done.text"), "", "");
                    })
                    .on(
                            DeleteAccountUseCase.TokenExpired.class,
                            expired -> renderer.message(
                                    ctx,
                                    tenant,
                                    410,
                                    t.get("error.linkExpired.title"),
                                    t.get("delete.expired"),
                                    base(tenant) + "/profile#delete",
                                    t.get("profile.title")))
                    .on(DeleteAccountUseCase.TokenInvalid.class, invalid -> invalidLink(ctx, tenant))
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
                t.get("delete.invalid"),
                base(tenant) + "/profile#delete",
                t.get("profile.title"));
    }
}
