package dev.latchkey.application.service.session;

import dev.latchkey.application.port.in.session.EndOtherSessionsUseCase;
import dev.latchkey.application.port.out.LoginSessionRepository;
import dev.latchkey.application.port.out.SecurityEventLog;
import dev.latchkey.application.port.out.Transactions;
import dev.latchkey.domain.customer.SecurityEvent;
import dev.latchkey.domain.customer.SecurityEventType;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Signs a customer out everywhere else: every session but the caller's is revoked at once. */
public final class EndOtherSessionsService implements EndOtherSessionsUseCase {

    private final LoginSessionRepository sessions;
    private final SecurityEventLog events;
    private final Transactions transactions;
    private final Clock clock;

    public EndOtherSessionsService(
            LoginSessionRepository sessions, SecurityEventLog events, Transactions transactions, Clock clock) {
        this.sessions = sessions;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void endOthers(Command command) {
        Instant now = clock.instant();
        transactions.run(() -> {
            sessions.revokeAllOf(command.customer(), Optional.of(command.currentSession()), now);
            events.record(SecurityEvent.of(
                    command.tenant(),
                    command.customer(),
                    SecurityEventType.OTHER_SESSIONS_ENDED,
                    now,
                    command.origin().ip(),
                    command.origin().userAgent()));
        });
    }
}
