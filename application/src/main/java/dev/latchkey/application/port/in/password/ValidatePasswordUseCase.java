package dev.latchkey.application.port.in.password;

import dev.latchkey.domain.credential.Password;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.policy.PasswordRule;
import java.util.List;
import java.util.Optional;

/** Checks a password against the policy without setting it, naming every rule it fails. */
public interface ValidatePasswordUseCase {

    Result validate(Command command);

    /** @param email the address the password is meant for, to check that the password does not contain it */
    record Command(Password password, Optional<EmailAddress> email) {}

    sealed interface Result {}

    record Acceptable() implements Result {}

    record PasswordRejected(List<PasswordRule> failedRules) implements Result {}
}
