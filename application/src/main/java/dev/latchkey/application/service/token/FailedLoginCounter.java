package dev.latchkey.application.service.token;

import dev.latchkey.application.port.in.token.LoginUseCase.ThrottledBy;
import dev.latchkey.application.port.out.LoginFailureRepository;
import dev.latchkey.application.port.out.LoginFailureRepository.Key;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.policy.LoginThrottlePolicy;
import dev.latchkey.domain.tenant.TenantName;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Counts wrong passwords per account and per client address, wherever a password is checked (login,
 * password change, email change), and says how long the next try must wait.
 */
public final class FailedLoginCounter {

    private final LoginFailureRepository failures;
    private final LoginThrottlePolicy policy;

    public FailedLoginCounter(LoginFailureRepository failures, LoginThrottlePolicy policy) {
        this.failures = failures;
        this.policy = policy;
    }

    /** How long this account, tried from this address, must wait; empty when it may try now. Checked before any hash. */
    public Optional<Wait> waitBefore(TenantName tenant, EmailAddress email, String ip, Instant now) {
        Duration accountWait = failures.find(Key.account(tenant, email))
                .map(counted -> policy.accountWait(counted, now))
                .orElse(Duration.ZERO);
        Duration addressWait = failures.find(Key.address(tenant, ip))
                .map(counted -> policy.addressWait(counted, now))
                .orElse(Duration.ZERO);
        if (isPositive(addressWait) && addressWait.compareTo(accountWait) >= 0) {
            return Optional.of(new Wait(addressWait, ThrottledBy.ADDRESS));
        }
        if (isPositive(accountWait)) {
            return Optional.of(new Wait(accountWait, ThrottledBy.ACCOUNT));
        }
        return Optional.empty();
    }

    public void failed(TenantName tenant, EmailAddress email, String ip, Instant now) {
        failures.recordFailure(Key.account(tenant, email), now, LoginThrottlePolicy.ACCOUNT_WINDOW);
        failures.recordFailure(Key.address(tenant, ip), now, LoginThrottlePolicy.ADDRESS_WINDOW);
    }

    /** The right password, or a password reset: the account starts counting afresh. */
    public void succeeded(TenantName tenant, EmailAddress email) {
        failures.clear(Key.account(tenant, email));
    }

    /** How long to wait, and whether the account or the client address is throttled. */
    public record Wait(Duration duration, ThrottledBy by) {}

    private static boolean isPositive(Duration duration) {
        return !duration.isZero() && !duration.isNegative();
    }
}
