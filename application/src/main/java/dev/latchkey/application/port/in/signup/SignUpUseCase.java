package dev.latchkey.application.port.in.signup;

import dev.latchkey.domain.credential.Password;
import dev.latchkey.domain.policy.PasswordRule;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.tenant.TenantName;
import java.util.List;

/**
 * Creates a pending account and mails its activation link. An email that already has an account
 * gets the same answer, and its owner a mail saying so, so nobody learns which addresses exist.
 */
public interface SignUpUseCase {

    Result signUp(Command command);

    record Command(TenantName tenant, EmailAddress email, Password password) {
    }

    sealed interface Result {
    }

    record SignedUp() implements Result {
    }

    record PasswordRejected(List<PasswordRule> failedRules) implements Result {
    }

    record UnknownTenant() implements Result {
    }
}
