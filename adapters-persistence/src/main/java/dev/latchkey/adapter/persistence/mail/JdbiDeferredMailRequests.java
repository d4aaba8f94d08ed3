package dev.latchkey.adapter.persistence.mail;

import static dev.latchkey.adapter.persistence.Columns.instant;
import static dev.latchkey.adapter.persistence.Columns.utc;

import dev.latchkey.application.port.out.DeferredMailRequest;
import dev.latchkey.application.port.out.DeferredMailRequests;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.profile.CustomerType;
import dev.latchkey.domain.tenant.TenantName;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Deferred mail requests in the {@code deferred_mail_request} table. Removing one is a delete that
 * only one caller can win, so of two nodes (or threads) reaching the same request one acts on it.
 */
public final class JdbiDeferredMailRequests implements DeferredMailRequests {

    private final Jdbi jdbi;

    public JdbiDeferredMailRequests(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void add(DeferredMailRequest request) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO deferred_mail_request (id, kind, tenant, email, customer_type, requested_at)
                        VALUES (:id, :kind, :tenant, :email, :type, :at)""")
                .bind("id", request.id())
                .bind("kind", request.kind().name())
                .bind("tenant", request.tenant().value())
                .bind("email", request.email().value())
                .bind("type", request.customerType().map(CustomerType::name).orElse(null))
                .bind("at", utc(request.requestedAt()))
                .execute());
    }

    @Override
    public List<DeferredMailRequest> oldest(Instant before, int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT id, kind, tenant, email, customer_type, requested_at FROM deferred_mail_request
                        WHERE requested_at < :before ORDER BY requested_at, id FETCH FIRST :limit ROWS ONLY""")
                .bind("before", utc(before))
                .bind("limit", limit)
                .map((rs, ctx) -> new DeferredMailRequest(
                        rs.getString("id"),
                        DeferredMailRequest.Kind.valueOf(rs.getString("kind")),
                        new TenantName(rs.getString("tenant")),
                        new EmailAddress(rs.getString("email")),
                        Optional.ofNullable(rs.getString("customer_type")).map(CustomerType::valueOf),
                        instant(rs, "requested_at")))
                .list());
    }

    @Override
    public boolean remove(String id) {
        return jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM deferred_mail_request WHERE id = :id")
                        .bind("id", id)
                        .execute())
                == 1;
    }
}
