package dev.latchkey.application.port.in.password;

import dev.latchkey.application.port.in.RequestOrigin;
import dev.latchkey.domain.credential.Password;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.policy.PasswordRule;
import dev.latchkey.domain.tenant.TenantName;
import dev.latchkey.domain.token.SessionId;
import java.time.Duration;
import java.util.List;

/**
 * A logged-in customer replaces the password, proving the current one. Every other session of the
 * customer ends; the session the request came from stays.
 */
public interface ChangePasswordUseCase {

    Result change(Command command);

    /** @param session the caller's own login session, which is kept */
    record Command(
            TenantName tenant,
            CustomerId customer,
            SessionId session,
            Password currentPassword,
            Password newPassword,
            RequestOrigin origin) {}

    sealed interface Result {}

    record PasswordChanged() implements Result {}

    record WrongPassword() implements Result {}

    /** Too many wrong passwords for this account or from this address: not even checked. */
    record Throttled(Duration retryAfter) implements Result {}

    record PasswordRejected(List<PasswordRule> failedRules) implements Result {}
}
