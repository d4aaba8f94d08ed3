package dev.latchkey.application.port.in.session;

import dev.latchkey.domain.token.SessionId;
import java.time.Duration;

/**
 * The idle timeout of a browser session: a session left unused for longer than {@code idleTimeout}
 * ends (as a sign-out would end it); one in use is marked used now.
 */
public interface KeepSessionAliveUseCase {

    Result keepAlive(Command command);

    record Command(SessionId session, Duration idleTimeout) {}

    sealed interface Result {}

    record Alive() implements Result {}

    /** Unknown, ended before, or ended now for having been idle too long. */
    record Ended() implements Result {}
}
