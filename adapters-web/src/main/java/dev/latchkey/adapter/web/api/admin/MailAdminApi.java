package dev.latchkey.adapter.web.api.admin;

import dev.latchkey.adapter.web.auth.BearerAuth;
import dev.latchkey.adapter.web.auth.Tenants;
import dev.latchkey.application.port.in.mail.MailUseCases;
import dev.latchkey.application.port.out.FailedMail;
import dev.latchkey.domain.tenant.AdminScopes;
import dev.latchkey.domain.tenant.Tenant;
import io.javalin.http.Context;
import java.util.List;

/**
 * {@code GET /admin/{tenant}/mails/failed}: the mails given up on after their last delivery attempt,
 * so that a shop's backend sees what never reached its customers. Takes {@code customer.customer_read}.
 */
public final class MailAdminApi {

    private final Tenants tenants;
    private final BearerAuth auth;
    private final MailUseCases mail;

    public MailAdminApi(Tenants tenants, BearerAuth auth, MailUseCases mail) {
        this.tenants = tenants;
        this.auth = auth;
        this.mail = mail;
    }

    /** A failed mail as the service API shows it; the body is not shown. */
    public record FailedMailJson(
            String id, String recipient, String subject, int attempts, String lastError, String queuedAt) {

        static FailedMailJson of(FailedMail mail) {
            return new FailedMailJson(
                    mail.id(),
                    mail.recipient().value(),
                    mail.subject(),
                    mail.attempts(),
                    mail.lastError().orElse(null),
                    mail.queuedAt().toString());
        }
    }

    public record FailedMailsJson(List<FailedMailJson> items) {}

    public void failed(Context ctx) {
        Tenant tenant = tenants.require(ctx.pathParam("tenant"));
        auth.requireScope(ctx, tenant.name(), AdminScopes.READ_CUSTOMERS);
        ctx.json(new FailedMailsJson(mail.listFailed().failed(tenant.name()).stream()
                .map(FailedMailJson::of)
                .toList()));
    }
}
