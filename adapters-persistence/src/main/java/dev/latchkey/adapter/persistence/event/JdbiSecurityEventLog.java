package dev.latchkey.adapter.persistence.event;

import static dev.latchkey.adapter.persistence.Columns.instant;
import static dev.latchkey.adapter.persistence.Columns.utc;

import dev.latchkey.application.port.out.SecurityEventLog;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.customer.SecurityEvent;
import dev.latchkey.domain.customer.SecurityEventType;
import dev.latchkey.domain.tenant.TenantName;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * Security events in the {@code security_event} table. Recording an event of a customer also drops
 * that customer's events beyond the newest {@link #KEPT_PER_CUSTOMER}, in the same transaction.
 * The generated id breaks ties between events of the same instant, in the order they were recorded.
 */
public final class JdbiSecurityEventLog implements SecurityEventLog {

    private final Jdbi jdbi;

    public JdbiSecurityEventLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The customer is cast in SQL: PostgreSQL types a bare NULL parameter as text, which a UUID column refuses. */
    @Override
    public void record(SecurityEvent event) {
        jdbi.useTransaction(handle -> {
            handle.createUpdate("""
                            INSERT INTO security_event (tenant, customer_id, event_type, occurred_at, ip, user_agent)
                            VALUES (:tenant, CAST(:customer AS UUID), :type, :at, :ip, :userAgent)""")
                    .bind("tenant", event.tenant().value())
                    .bind("customer", event.customer().map(CustomerId::value).orElse(null))
                    .bind("type", event.type().name())
                    .bind("at", utc(event.at()))
                    .bind("ip", event.ip())
                    .bind("userAgent", event.userAgent())
                    .execute();
            event.customer()
                    .ifPresent(customer -> handle.createUpdate("""
                            DELETE FROM security_event
                            WHERE customer_id = :customer AND id NOT IN (
                                SELECT id FROM security_event WHERE customer_id = :customer
                                ORDER BY occurred_at DESC, id DESC FETCH FIRST :kept ROWS ONLY)""")
                            .bind("customer", customer.value())
                            .bind("kept", KEPT_PER_CUSTOMER)
                            .execute());
        });
    }

    @Override
    public List<SecurityEvent> newestOf(TenantName tenant, CustomerId customer) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT tenant, customer_id, event_type, occurred_at, ip, user_agent FROM security_event
                        WHERE tenant = :tenant AND customer_id = :customer
                        ORDER BY occurred_at DESC, id DESC FETCH FIRST :kept ROWS ONLY""")
                .bind("tenant", tenant.value())
                .bind("customer", customer.value())
                .bind("kept", KEPT_PER_CUSTOMER)
                .map((rs, ctx) -> new SecurityEvent(
                        new TenantName(rs.getString("tenant")),
                        Optional.ofNullable(rs.getObject("customer_id", UUID.class))
                                .map(CustomerId::new),
                        SecurityEventType.valueOf(rs.getString("event_type")),
                        instant(rs, "occurred_at"),
                        rs.getString("ip"),
                        rs.getString("user_agent")))
                .list());
    }
}
