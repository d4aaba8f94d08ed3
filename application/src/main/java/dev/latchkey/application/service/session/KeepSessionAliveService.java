package dev.latchkey.application.service.session;

import dev.latchkey.application.port.in.session.KeepSessionAliveUseCase;
import dev.latchkey.application.port.out.LoginSessionRepository;
import dev.latchkey.domain.token.LoginSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Ends a session idle for longer than the timeout; marks a live one used. The last use is written at
 * most once a minute, not at every page, so a session may stay alive up to a minute past its timeout.
 */
public final class KeepSessionAliveService implements KeepSessionAliveUseCase {

    static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    private final LoginSessionRepository sessions;
    private final Clock clock;

    public KeepSessionAliveService(LoginSessionRepository sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public Result keepAlive(Command command) {
        Instant now = clock.instant();
        Optional<LoginSession> session = sessions.find(command.session());
        if (session.isEmpty() || session.get().isRevoked()) {
            return new Ended();
        }
        if (!now.isBefore(session.get().lastUsedAt().plus(command.idleTimeout()))) {
            sessions.revoke(command.session(), now);
            return new Ended();
        }
        if (!now.isBefore(session.get().lastUsedAt().plus(LAST_USE_PRECISION))) {
            sessions.markUsed(command.session(), now);
        }
        return new Alive();
    }
}
