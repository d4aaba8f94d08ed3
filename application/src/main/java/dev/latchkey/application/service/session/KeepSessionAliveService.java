package dev.latchkey.application.service.session;

import dev.latchkey.application.port.in.session.KeepSessionAliveUseCase;
import dev.latchkey.application.port.out.LoginSessionRepository;
import dev.latchkey.domain.token.LoginSession;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Ends a session idle for longer than the timeout; marks a live one used. */
public final class KeepSessionAliveService implements KeepSessionAliveUseCase {

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
        sessions.markUsed(command.session(), now);
        return new Alive();
    }
}
