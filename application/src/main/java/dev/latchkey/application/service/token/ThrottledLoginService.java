package dev.latchkey.application.service.token;

import dev.latchkey.application.port.in.token.LoginUseCase;
import dev.latchkey.application.port.out.DeferredRequest;
import dev.latchkey.application.service.DeferredWork;
import java.time.Clock;
import java.util.Optional;

/**
 * Throttles logins by their failures: before the password is looked at (and before any hash is
 * computed), an account or a client address with too many recent failures is answered with
 * {@link Throttled}; a wrong password counts one failure for both, and a successful login clears the
 * account's count. The counts live in the database, so they hold across restarts and nodes.
 */
public final class ThrottledLoginService implements LoginUseCase {

    private final LoginUseCase login;
    private final FailedLoginCounter failures;
    private final DeferredWork deferredWork;
    private final Clock clock;

    public ThrottledLoginService(
            LoginUseCase login, FailedLoginCounter failures, DeferredWork deferredWork, Clock clock) {
        this.login = login;
        this.failures = failures;
        this.deferredWork = deferredWork;
        this.clock = clock;
    }

    @Override
    public Result login(Command command) {
        Optional<FailedLoginCounter.Wait> wait = failures.waitBefore(
                command.tenant(), command.email(), command.origin().ip(), clock.instant());
        if (wait.isPresent()) {
            // the same for a known and an unknown email: the event of a known one is written after the answer
            deferredWork.submitLoginEvent(
                    DeferredRequest.Kind.THROTTLED_LOGIN, command.tenant(), command.email(), command.origin());
            return new Throttled(wait.get().duration(), wait.get().by());
        }
        Result result = login.login(command);
        if (result instanceof WrongCredentials) {
            failures.failed(command.tenant(), command.email(), command.origin().ip(), clock.instant());
        } else if (result instanceof LoggedIn) {
            failures.succeeded(command.tenant(), command.email());
        }
        return result;
    }
}
