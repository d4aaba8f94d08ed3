package dev.latchkey.adapter.web.api.account;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.latchkey.adapter.web.api.account.AccountExportJson.EventJson;
import dev.latchkey.adapter.web.auth.BearerAuth;
import dev.latchkey.adapter.web.auth.Origins;
import dev.latchkey.adapter.web.auth.Tenants;
import dev.latchkey.adapter.web.error.ApiException;
import dev.latchkey.adapter.web.error.ErrorCode;
import dev.latchkey.adapter.web.outcome.Outcomes;
import dev.latchkey.application.port.in.account.AccountUseCases;
import dev.latchkey.application.port.in.account.DeleteAccountUseCase;
import dev.latchkey.application.port.in.account.ExportAccountUseCase;
import dev.latchkey.application.port.in.account.ListSecurityEventsUseCase;
import dev.latchkey.application.port.in.account.RequestAccountDeletionUseCase;
import dev.latchkey.domain.customer.SecurityEvent;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.token.AccessGrant;
import dev.latchkey.domain.token.LinkToken;
import dev.latchkey.domain.token.TokenKind;
import io.javalin.http.Context;
import java.util.List;

/**
 * The customer's own account: {@code DELETE /customer/{tenant}/me} (with or without {@code ?token=}),
 * {@code GET /me/events} and {@code GET /me/export}.
 */
public final class AccountApi {

    private final Tenants tenants;
    private final BearerAuth auth;
    private final ObjectMapper mapper;
    private final AccountUseCases account;

    public AccountApi(Tenants tenants, BearerAuth auth, ObjectMapper mapper, AccountUseCases account) {
        this.tenants = tenants;
        this.auth = auth;
        this.mapper = mapper;
        this.account = account;
    }

    /** Without {@code token}: mails the confirmation link ({@code 202}). With it: deletes ({@code 204}). */
    public void delete(Context ctx) {
        Tenant tenant = tenants.require(ctx.pathParam("tenant"));
        AccessGrant grant = auth.require(ctx, tenant.name(), TokenKind.CUSTOMER);
        String token = ctx.queryParam("token");
        if (token == null) {
            account.requestDeletion()
                    .request(new RequestAccountDeletionUseCase.Command(
                            tenant.name(), grant.customer().orElseThrow(), Origins.of(ctx)));
            ctx.status(202);
            return;
        }
        if (token.isBlank()) {
            throw ApiException.forField(ErrorCode.ER351, "token", "missing_value");
        }
        if (!LinkToken.isValid(token)) {
            throw new ApiException(ErrorCode.ER352);
        }
        var result = account.delete()
                .delete(new DeleteAccountUseCase.Command(
                        tenant.name(), grant.customer().orElseThrow(), new LinkToken(token), Origins.of(ctx)));
        Outcomes.of(DeleteAccountUseCase.Result.class, result)
                .on(DeleteAccountUseCase.Deleted.class, deleted -> ctx.status(204))
                .on(DeleteAccountUseCase.TokenExpired.class, ApiException.refusing(ErrorCode.ER353))
                .on(DeleteAccountUseCase.TokenInvalid.class, ApiException.refusing(ErrorCode.ER352))
                .answer();
    }

    public void events(Context ctx) {
        Tenant tenant = tenants.require(ctx.pathParam("tenant"));
        AccessGrant grant = auth.require(ctx, tenant.name(), TokenKind.CUSTOMER);
        List<SecurityEvent> events = account.listSecurityEvents()
                .list(new ListSecurityEventsUseCase.Command(
                        tenant.name(), grant.customer().orElseThrow()));
        ctx.json(events.stream().map(EventJson::of).toList());
    }

    public void export(Context ctx) {
        Tenant tenant = tenants.require(ctx.pathParam("tenant"));
        AccessGrant grant = auth.require(ctx, tenant.name(), TokenKind.CUSTOMER);
        var result = account.export()
                .export(new ExportAccountUseCase.Command(
                        tenant.name(), grant.customer().orElseThrow(), grant.session()));
        Outcomes.of(ExportAccountUseCase.Result.class, result)
                .on(
                        ExportAccountUseCase.Exported.class,
                        exported -> ctx.json(AccountExportJson.of(mapper, exported.export())))
                .on(ExportAccountUseCase.UnknownCustomer.class, ApiException.refusing(ErrorCode.ER800))
                .answer();
    }
}
