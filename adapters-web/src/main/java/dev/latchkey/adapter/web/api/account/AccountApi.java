package dev.latchkey.adapter.web.api.account;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.latchkey.adapter.web.api.address.AddressJson;
import dev.latchkey.adapter.web.api.profile.ProfileJson;
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
    private final ObjectMapper mapper;

    public AccountApi(Tenants tenants, BearerAuth auth, RequestAccountDeletionUseCase requestDeletion,
                      DeleteAccountUseCase deleteAccount, ListSecurityEventsUseCase listEvents, ExportAccountUseCase exportAccount,
                      ObjectMapper mapper) {
        this.tenants = tenants;
        this.auth = auth;
        this.requestDeletion = requestDeletion;
        this.deleteAccount = deleteAccount;
        this.listEvents = listEvents;
        this.exportAccount = exportAccount;
        this.mapper = mapper;
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
     * The export document. Its top level follows the profile: the read-only fields ({@code id},
     * {@code customerNumber}, {@code accounts}), every profile field and the {@code addresses}, then
     * what only the export shows (login email, status, creation time, sessions, events).
     */
    public static ObjectNode exportJson(ObjectMapper mapper, AccountExport export) {
        String status = export.status().name();
        ObjectNode node = mapper.createObjectNode();
        node.put("id", export.id().toString());
        node.put("customerNumber", export.customerNumber().value());
        node.put("email", export.email().value());
        node.put("status", status);
        node.put("createdAt", export.createdAt().toString());
        ProfileJson.fields(mapper, node, export.profile());
        node.set("accounts", mapper.valueToTree(List.of(new AccountJson("internal", export.email().value(), status))));
        ArrayNode addresses = node.putArray("addresses");
        export.addresses().forEach(address -> addresses.add(AddressJson.of(mapper, address)));
        node.set("sessions", mapper.valueToTree(export.sessions().stream().map(SessionJson::of).toList()));
        node.set("events", mapper.valueToTree(export.events().stream().map(EventJson::of).toList()));
        node.put("exportedAt", export.exportedAt().toString());
        return node;
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
            ctx.json(exportJson(mapper, exported.export()));
        } else if (result instanceof ExportAccountUseCase.UnknownCustomer) {
            throw new ApiException(ErrorCode.ER800);
        }
    }
}
