package dev.latchkey.application.service.session;

import dev.latchkey.application.port.in.session.EndSessionUseCase;
import dev.latchkey.application.port.out.LoginSessionRepository;
import dev.latchkey.application.port.out.SecurityEventLog;
import dev.latchkey.application.port.out.Transactions;
import dev.latchkey.domain.customer.SecurityEvent;
import dev.latchkey.domain.customer.SecurityEventType;
import dev.latchkey.domain.token.LoginSession;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Ends one of the customer's own live sessions; any other id is unknown, so nobody learns about other customers' sessions. */
public final class EndSessionService implements EndSessionUseCase {

    private final LoginSessionRepository sessions;
    private final SecurityEventLog events;
    private final Transactions transactions;
    private final Clock clock;

    public EndSessionService(
            LoginSessionRepository sessions, SecurityEventLog events, Transactions transactions, Clock clock) {
        this.sessions = sessions;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Result end(Command command) {
        Optional<LoginSession> session = sessions.find(command.session())
                .filter(s -> s.tenant().equals(command.tenant()))
                .filter(s -> s.customer().equals(command.customer()))
                .filter(s -> !s.isRevoked());
        if (session.isEmpty()) {
            return new UnknownSession();
        }
        Instant now = clock.instant();
        transactions.run(() -> {
            sessions.revoke(command.session(), now);
            events.record(SecurityEvent.of(
                    command.tenant(),
                    command.customer(),
                    SecurityEventType.SESSION_ENDED,
                    now,
                    command.origin().ip(),
                    command.origin().userAgent()));
        });
        return new Ended();
    }
}
