package dev.latchkey.application.service.password;

import dev.latchkey.application.port.in.password.ResetPasswordUseCase;
import dev.latchkey.application.port.out.PasswordHasher;
import dev.latchkey.application.service.MailedTokens;
import dev.latchkey.application.service.token.FailedLoginCounter;
import dev.latchkey.domain.credential.PasswordHash;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.SecurityEventType;
import dev.latchkey.domain.policy.PasswordPolicy;
import dev.latchkey.domain.policy.PasswordRule;
import dev.latchkey.domain.token.EmailTokenPurpose;
import java.util.List;
import java.util.Optional;

/**
 * Sets a new password with an emailed reset token. The token is checked first, then the
 * confirmation and the policy, and the password is hashed outside the transaction; inside it the
 * token is spent with a conditional update, so of two requests with one token exactly one wins.
 */
public final class ResetPasswordService implements ResetPasswordUseCase {

    private final MailedTokens mailedTokens;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final PasswordReplacer replacer;
    private final FailedLoginCounter failedLogins;

    public ResetPasswordService(
            MailedTokens mailedTokens,
            PasswordHasher hasher,
            PasswordPolicy policy,
            PasswordReplacer replacer,
            FailedLoginCounter failedLogins) {
        this.mailedTokens = mailedTokens;
        this.hasher = hasher;
        this.policy = policy;
        this.replacer = replacer;
        this.failedLogins = failedLogins;
    }

    @Override
    public Result reset(Command command) {
        Checked checked = mailedTokens.use(
                command.tenant(),
                command.token(),
                EmailTokenPurpose.PASSWORD_RESET,
                () -> Checked.refused(new TokenInvalid()),
                (tenant, lookup, now) -> check(lookup));
        if (checked.refusal().isPresent()) {
            return checked.refusal().get();
        }
        if (command.passwordVerify()
                .filter(verify -> !verify.equals(command.password()))
                .isPresent()) {
            return new PasswordsDiffer();
        }
        List<PasswordRule> failed = policy.check(
                command.password(), Optional.of(checked.usable().customer().email()));
        if (!failed.isEmpty()) {
            return new PasswordRejected(failed);
        }
        PasswordHash newHash = hasher.hash(command.password());
        return mailedTokens.use(
                command.tenant(),
                command.token(),
                EmailTokenPurpose.PASSWORD_RESET,
                TokenInvalid::new,
                (tenant, lookup, now) -> {
                    Checked again = check(lookup);
                    if (again.refusal().isPresent()) {
                        return again.refusal().get();
                    }
                    if (!mailedTokens.spend(again.usable(), now)) {
                        return new TokenInvalid();
                    }
                    Customer customer = again.usable().customer();
                    replacer.replace(
                            tenant,
                            customer,
                            newHash,
                            Optional.empty(),
                            SecurityEventType.PASSWORD_RESET,
                            command.origin(),
                            now);
                    failedLogins.succeeded(tenant.name(), customer.email());
                    return new PasswordReset();
                });
    }

    /** The token and its customer when the token may be used now, else the answer to give. */
    private static Checked check(MailedTokens.Lookup lookup) {
        if (lookup instanceof MailedTokens.Expired) {
            return Checked.refused(new TokenExpired());
        }
        if (lookup instanceof MailedTokens.Usable usable && usable.customer().isActive()) {
            return new Checked(usable, Optional.empty());
        }
        return Checked.refused(new TokenInvalid());
    }

    private record Checked(MailedTokens.Usable usable, Optional<Result> refusal) {

        static Checked refused(Result refusal) {
            return new Checked(null, Optional.of(refusal));
        }
    }
}
