package dev.latchkey.application.service.token;

import dev.latchkey.application.port.in.RequestOrigin;
import dev.latchkey.application.port.in.token.LogoutUseCase;
import dev.latchkey.application.port.out.LoginSessionRepository;
import dev.latchkey.application.port.out.SecurityEventLog;
import dev.latchkey.application.port.out.Transactions;
import dev.latchkey.domain.customer.SecurityEvent;
import dev.latchkey.domain.customer.SecurityEventType;
import dev.latchkey.domain.token.AccessGrant;
import java.time.Clock;
import java.time.Instant;

/** Ends a customer's login session. */
public final class LogoutService implements LogoutUseCase {

    private final LoginSessionRepository sessions;
    private final Transactions transactions;
    private final Clock clock;
    private final SecurityEventLog events;

    public LogoutService(
            LoginSessionRepository sessions, Transactions transactions, Clock clock, SecurityEventLog events) {
        this.sessions = sessions;
        this.transactions = transactions;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public void logout(AccessGrant grant, RequestOrigin origin) {
        Instant now = clock.instant();
        transactions.run(() -> {
            sessions.revoke(grant.session(), now);
            grant.customer()
                    .ifPresent(customer -> events.record(SecurityEvent.of(
                            grant.tenant(), customer, SecurityEventType.LOGOUT, now, origin.ip(), origin.userAgent())));
        });
    }
}
