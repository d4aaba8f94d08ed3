package dev.latchkey.application.port.in.account;

import dev.latchkey.application.port.in.session.SessionSummary;
import dev.latchkey.domain.customer.AccountStatus;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.customer.CustomerNumber;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.customer.SecurityEvent;
import dev.latchkey.domain.profile.Address;
import dev.latchkey.domain.profile.Profile;
import java.time.Instant;
import java.util.List;

/**
 * Everything Latchkey holds about one customer, for data portability: the account, its profile,
 * its addresses, its live sessions and its kept security events.
 */
public record AccountExport(
        CustomerId id,
        CustomerNumber customerNumber,
        EmailAddress email,
        AccountStatus status,
        Instant createdAt,
        String preferredLanguage,
        Profile profile,
        List<Address> addresses,
        List<SessionSummary> sessions,
        List<SecurityEvent> events,
        Instant exportedAt) {

    public AccountExport {
        addresses = List.copyOf(addresses);
        sessions = List.copyOf(sessions);
        events = List.copyOf(events);
    }
}
