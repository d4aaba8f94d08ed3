package dev.latchkey.adapter.web.api.account;

import dev.latchkey.adapter.web.api.session.SessionsApi.SessionJson;
import dev.latchkey.adapter.web.auth.BearerAuth;
import dev.latchkey.adapter.web.auth.Origins;
import dev.latchkey.adapter.web.auth.Tenants;
import dev.latchkey.adapter.web.error.ApiException;
import dev.latchkey.adapter.web.error.ErrorCode;
import dev.latchkey.application.port.in.account.AccountExport;
import dev.latchkey.application.port.in.account.DeleteAccountUseCase;
import dev.latchkey.application.port.in.account.ExportAccountUseCase;
import dev.latchkey.application.port.in.account.ListSecurityEventsUseCase;
import dev.latchkey.application.port.in.account.RequestAccountDeletionUseCase;
import dev.latchkey.domain.customer.SecurityEvent;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.token.AccessGrant;
import dev.latchkey.domain.token.TokenKind;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;

/**
 * The customer's own account: {@code DELETE /customer/{tenant}/me} (with or without {@code ?token=}),
 * {@code GET /me/events} and {@code GET /me/export}.
 */
public final class AccountApi {

    private final Tenants tenants;
    private final BearerAuth auth;
    private final RequestAccountDeletionUseCase requestDeletion;
    private final DeleteAccountUseCase deleteAccount;
    private final ListSecurityEventsUseCase listEvents;
    private final ExportAccountUseCase exportAccount;

    public AccountApi(Tenants tenants, BearerAuth auth, RequestAccountDeletionUseCase requestDeletion,
                      DeleteAccountUseCase deleteAccount, ListSecurityEventsUseCase listEvents, ExportAccountUseCase exportAccount) {
        this.tenants = tenants;
        this.auth = auth;
        this.requestDeletion = requestDeletion;
        this.deleteAccount = deleteAccount;
        this.listEvents = listEvents;
        this.exportAccount = exportAccount;
    }

    /** One security event in the JSON answer: the type in lower case, the time in ISO-8601 UTC. */
    public record EventJson(String type, String time, String ip, String userAgent) {

        static EventJson of(SecurityEvent event) {
            return new EventJson(event.type().name().toLowerCase(Locale.ROOT), event.at().toString(), event.ip(),
                    event.userAgent());
        }
    }

    /** One login of the customer; only the email+password login ({@code internal}) exists so far. */
    public record AccountJson(String type, String email, String status) {
    }

    /**
     * The export document. Its top level follows the profile's read-only fields ({@code id},
     * {@code customerNumber}, {@code accounts}); the profile fields and {@code addresses} are added
     * beside them once they are stored.
     */
    public record ExportJson(String id, String customerNumber, String email, String status, String createdAt,
                             String preferredLanguage, List<AccountJson> accounts, List<SessionJson> sessions,
                             List<EventJson> events, String exportedAt) {

        static ExportJson of(AccountExport export) {
            String status = export.status().name();
            return new ExportJson(export.id().toString(), export.customerNumber().value(), export.email().value(), status,
                    export.createdAt().toString(), export.preferredLanguage(),
                    List.of(new AccountJson("internal", export.email().value(), status)),
                    export.sessions().stream().map(SessionJson::of).toList(),
                    export.events().stream().map(EventJson::of).toList(),
                    export.exportedAt().toString());
        }
    }

    /** Without {@code token}: mails the confirmation link ({@code 202}). With it: deletes ({@code 204}). */
    public void delete(Context ctx) {
        Tenant tenant = tenants.require(ctx.pathParam("tenant"));
        AccessGrant grant = auth.require(ctx, tenant.name(), TokenKind.CUSTOMER);
        String token = ctx.queryParam("token");
        if (token == null) {
            requestDeletion.request(new RequestAccountDeletionUseCase.Command(tenant.name(), grant.customer().orElseThrow(),
                    Origins.of(ctx)));
            ctx.status(202);
            return;
        }
        if (token.isBlank()) {
            throw ApiException.forField(ErrorCode.ER351, "token", "missing_value");
        }
        var result = deleteAccount.delete(new DeleteAccountUseCase.Command(tenant.name(), grant.customer().orElseThrow(), token,
                Origins.of(ctx)));
        if (result instanceof DeleteAccountUseCase.Deleted) {
            ctx.status(204);
        } else if (result instanceof DeleteAccountUseCase.TokenExpired) {
            throw new ApiException(ErrorCode.ER353);
        } else {
            throw new ApiException(ErrorCode.ER352);
        }
    }

    public void events(Context ctx) {
        Tenant tenant = tenants.require(ctx.pathParam("tenant"));
        AccessGrant grant = auth.require(ctx, tenant.name(), TokenKind.CUSTOMER);
        List<SecurityEvent> events = listEvents.list(new ListSecurityEventsUseCase.Command(tenant.name(),
                grant.customer().orElseThrow()));
        ctx.json(events.stream().map(EventJson::of).toList());
    }

    public void export(Context ctx) {
        Tenant tenant = tenants.require(ctx.pathParam("tenant"));
        AccessGrant grant = auth.require(ctx, tenant.name(), TokenKind.CUSTOMER);
        var result = exportAccount.export(new ExportAccountUseCase.Command(tenant.name(), grant.customer().orElseThrow(),
                grant.session()));
        if (result instanceof ExportAccountUseCase.Exported exported) {
            ctx.json(ExportJson.of(exported.export()));
        } else if (result instanceof ExportAccountUseCase.UnknownCustomer) {
            throw new ApiException(ErrorCode.ER800);
        }
    }
}
