package dev.latchkey.application.port.in.account;

import dev.latchkey.application.port.in.session.SessionSummary;
import dev.latchkey.domain.customer.AccountStatus;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.customer.CustomerNumber;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.customer.SecurityEvent;
import java.time.Instant;
import java.util.List;

/**
 * Everything Latchkey holds about one customer, for data portability. The profile and the
 * addresses are not stored yet; they join this record when they are.
 */
public record AccountExport(
        CustomerId id,
        CustomerNumber customerNumber,
        EmailAddress email,
        AccountStatus status,
        Instant createdAt,
        String preferredLanguage,
        List<SessionSummary> sessions,
        List<SecurityEvent> events,
        Instant exportedAt) {

    public AccountExport {
        sessions = List.copyOf(sessions);
        events = List.copyOf(events);
    }
}
