package dev.latchkey.application.service.token;

import dev.latchkey.application.port.in.token.LoginUseCase;
import dev.latchkey.application.port.out.CustomerRepository;
import dev.latchkey.application.port.out.SecurityEventLog;
import dev.latchkey.domain.customer.SecurityEvent;
import dev.latchkey.domain.customer.SecurityEventType;
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
    private final CustomerRepository customers;
    private final SecurityEventLog events;
    private final Clock clock;

    public ThrottledLoginService(
            LoginUseCase login,
            FailedLoginCounter failures,
            CustomerRepository customers,
            SecurityEventLog events,
            Clock clock) {
        this.login = login;
        this.failures = failures;
        this.customers = customers;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Result login(Command command) {
        Optional<FailedLoginCounter.Wait> wait = failures.waitBefore(
                command.tenant(), command.email(), command.origin().ip(), clock.instant());
        if (wait.isPresent()) {
            customers
                    .findByEmail(command.tenant(), command.email())
                    .ifPresent(customer -> events.record(SecurityEvent.of(
                            command.tenant(),
                            customer.id(),
                            SecurityEventType.LOGIN_THROTTLED,
                            clock.instant(),
                            command.origin().ip(),
                            command.origin().userAgent())));
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
