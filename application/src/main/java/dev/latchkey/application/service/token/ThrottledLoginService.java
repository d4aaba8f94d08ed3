package dev.latchkey.application.service.token;

import dev.latchkey.application.port.in.token.LoginUseCase;
import dev.latchkey.application.port.out.LoginFailureRepository;
import dev.latchkey.application.port.out.LoginFailureRepository.Key;
import dev.latchkey.domain.policy.LoginThrottlePolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Throttles logins by their failures: before the password is looked at (and before any hash is
 * computed), an account or a client address with too many recent failures is answered with
 * {@link Throttled}; a wrong password counts one failure for both, and a successful login clears the
 * account's count. The counts live in the database, so they hold across restarts and nodes.
 */
public final class ThrottledLoginService implements LoginUseCase {

    private final LoginUseCase login;
    private final LoginFailureRepository failures;
    private final LoginThrottlePolicy policy;
    private final Clock clock;

    public ThrottledLoginService(LoginUseCase login, LoginFailureRepository failures, LoginThrottlePolicy policy, Clock clock) {
        this.login = login;
        this.failures = failures;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public Result login(Command command) {
        Key account = Key.account(command.tenant(), command.email());
        Key address = Key.address(command.tenant(), command.origin().ip());
        Instant now = clock.instant();
        Duration accountWait = failures.find(account).map(counted -> policy.accountWait(counted, now)).orElse(Duration.ZERO);
        Duration addressWait = failures.find(address).map(counted -> policy.addressWait(counted, now)).orElse(Duration.ZERO);
        if (isPositive(addressWait) && addressWait.compareTo(accountWait) >= 0) {
            return new Throttled(addressWait, ThrottledBy.ADDRESS);
        }
        if (isPositive(accountWait)) {
            return new Throttled(accountWait, ThrottledBy.ACCOUNT);
        }
        Result result = login.login(command);
        if (result instanceof WrongCredentials) {
            Instant failedAt = clock.instant();
            failures.recordFailure(account, failedAt, LoginThrottlePolicy.ACCOUNT_WINDOW);
            failures.recordFailure(address, failedAt, LoginThrottlePolicy.ADDRESS_WINDOW);
        } else if (result instanceof LoggedIn) {
            failures.clear(account);
        }
        return result;
    }

    private static boolean isPositive(Duration duration) {
        return !duration.isZero() && !duration.isNegative();
    }
}
