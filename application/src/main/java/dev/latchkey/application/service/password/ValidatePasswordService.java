package dev.latchkey.application.service.password;

import dev.latchkey.application.port.in.password.ValidatePasswordUseCase;
import dev.latchkey.domain.policy.PasswordPolicy;
import dev.latchkey.domain.policy.PasswordRule;
import java.util.List;

/** Checks a password against the same policy that signup, reset and change apply. */
public final class ValidatePasswordService implements ValidatePasswordUseCase {

    private final PasswordPolicy policy;

    public ValidatePasswordService(PasswordPolicy policy) {
        this.policy = policy;
    }

    @Override
    public Result validate(Command command) {
        List<PasswordRule> failed = policy.check(command.password(), command.email());
        return failed.isEmpty() ? new Acceptable() : new PasswordRejected(failed);
    }
}
