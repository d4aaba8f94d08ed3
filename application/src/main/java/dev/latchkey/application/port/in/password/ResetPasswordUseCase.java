package dev.latchkey.application.port.in.password;

import dev.latchkey.application.port.in.RequestOrigin;
import dev.latchkey.domain.credential.Password;
import dev.latchkey.domain.policy.PasswordRule;
import dev.latchkey.domain.tenant.TenantName;
import dev.latchkey.domain.token.LinkToken;
import java.util.List;
import java.util.Optional;

/**
 * Sets a new password with the token from a reset mail: spends the token, ends every session of
 * the customer and mails a notice. Any outcome but {@link PasswordReset} leaves the token unspent.
 */
public interface ResetPasswordUseCase {

    Result reset(Command command);

    /** @param passwordVerify the confirmation, when the caller sends one; it must equal the password */
    record Command(
            TenantName tenant,
            LinkToken token,
            Password password,
            Optional<Password> passwordVerify,
            RequestOrigin origin) {

        @Override
        public String toString() {
            return "Command[tenant=" + tenant + "]";
        }
    }

    sealed interface Result {}

    record PasswordReset() implements Result {}

    /** Unknown, already used, voided by a newer reset mail, of another tenant, or of an account that is no longer active. */
    record TokenInvalid() implements Result {}

    record TokenExpired() implements Result {}

    record PasswordsDiffer() implements Result {}

    record PasswordRejected(List<PasswordRule> failedRules) implements Result {}
}
