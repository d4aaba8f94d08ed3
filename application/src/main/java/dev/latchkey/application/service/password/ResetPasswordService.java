package dev.latchkey.application.service.password;

import dev.latchkey.application.port.in.password.ResetPasswordUseCase;
import dev.latchkey.application.port.out.CustomerRepository;
import dev.latchkey.application.port.out.EmailTokenRepository;
import dev.latchkey.application.port.out.PasswordHasher;
import dev.latchkey.application.port.out.TenantRepository;
import dev.latchkey.application.port.out.Transactions;
import dev.latchkey.application.service.MailedTokens;
import dev.latchkey.application.service.token.FailedLoginCounter;
import dev.latchkey.domain.credential.PasswordHash;
import dev.latchkey.domain.credential.TokenHash;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.SecurityEventType;
import dev.latchkey.domain.policy.PasswordPolicy;
import dev.latchkey.domain.policy.PasswordRule;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.token.EmailTokenPurpose;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Sets a new password with an emailed reset token. The token is checked first, then the
 * confirmation and the policy, and the password is hashed outside the transaction; inside it the
 * token is spent with a conditional update, so of two requests with one token exactly one wins.
 */
public final class ResetPasswordService implements ResetPasswordUseCase {


    private final TenantRepository tenants;
    private final CustomerRepository customers;
    private final EmailTokenRepository emailTokens;
    private final MailedTokens mailedTokens;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final PasswordReplacer replacer;
    private final FailedLoginCounter failedLogins;
    private final Transactions transactions;
    private final Clock clock;

    public ResetPasswordService(TenantRepository tenants, CustomerRepository customers, EmailTokenRepository emailTokens,
                                PasswordHasher hasher, PasswordPolicy policy, PasswordReplacer replacer,
                                FailedLoginCounter failedLogins, Transactions transactions, Clock clock) {
        this.tenants = tenants;
        this.customers = customers;
        this.emailTokens = emailTokens;
        this.mailedTokens = new MailedTokens(emailTokens, customers);
        this.hasher = hasher;
        this.policy = policy;
        this.replacer = replacer;
        this.failedLogins = failedLogins;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Result reset(Command command) {
        if (!MailedTokens.isPlausible(command.token())) {
            return new TokenInvalid();
        }
        Optional<Tenant> tenant = tenants.find(command.tenant());
        if (tenant.isEmpty()) {
            return new TokenInvalid();
        }
        TokenHash tokenHash = TokenHash.of(command.token());
        Checked checked = check(tenant.get(), tokenHash, clock.instant());
        if (checked.refusal().isPresent()) {
            return checked.refusal().get();
        }
        if (command.passwordVerify().filter(verify -> !verify.equals(command.password())).isPresent()) {
            return new PasswordsDiffer();
        }
        List<PasswordRule> failed = policy.check(command.password(), Optional.of(checked.customer().email()));
        if (!failed.isEmpty()) {
            return new PasswordRejected(failed);
        }
        PasswordHash newHash = hasher.hash(command.password());
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            Checked again = check(tenant.get(), tokenHash, now);
            if (again.refusal().isPresent()) {
                return again.refusal().get();
            }
            if (!emailTokens.spend(tokenHash, now)) {
                return new TokenInvalid();
            }
            replacer.replace(tenant.get(), again.customer(), newHash, Optional.empty(), SecurityEventType.PASSWORD_RESET,
                    command.origin(), now);
            failedLogins.succeeded(tenant.get().name(), again.customer().email());
            return new PasswordReset();
        });
    }

    /** The token's customer when the token may be used now, else the answer to give. */
    private Checked check(Tenant tenant, TokenHash tokenHash, Instant now) {
        MailedTokens.Lookup lookup = mailedTokens.find(tenant.name(), tokenHash, EmailTokenPurpose.PASSWORD_RESET, now);
        if (lookup instanceof MailedTokens.Expired) {
            return Checked.refused(new TokenExpired());
        }
        return Optional.of(lookup)
                .filter(MailedTokens.Usable.class::isInstance)
                .map(usable -> ((MailedTokens.Usable) usable).customer())
                .filter(Customer::isActive)
                .map(customer -> new Checked(customer, Optional.empty()))
                .orElseGet(() -> Checked.refused(new TokenInvalid()));
    }

    private record Checked(Customer customer, Optional<Result> refusal) {

        static Checked refused(Result refusal) {
            return new Checked(null, Optional.of(refusal));
        }
    }
}
