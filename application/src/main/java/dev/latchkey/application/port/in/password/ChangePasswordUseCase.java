package dev.latchkey.application.port.in.password;

import dev.latchkey.domain.credential.Password;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.policy.PasswordRule;
import dev.latchkey.domain.tenant.TenantName;
import dev.latchkey.domain.token.SessionId;
import java.util.List;

/**
 * A logged-in customer replaces the password, proving the current one. Every other session of the
 * customer ends; the session the request came from stays.
 */
public interface ChangePasswordUseCase {

    Result change(Command command);

    /** @param session the caller's own login session, which is kept */
    record Command(TenantName tenant, CustomerId customer, SessionId session, Password currentPassword,
                   Password newPassword) {
    }

    sealed interface Result {
    }

    record PasswordChanged() implements Result {
    }

    record WrongPassword() implements Result {
    }

    record PasswordRejected(List<PasswordRule> failedRules) implements Result {
    }
}
