package dev.latchkey.application.service.password;

import dev.latchkey.application.port.in.password.ChangePasswordUseCase;
import dev.latchkey.application.port.out.CustomerRepository;
import dev.latchkey.application.port.out.PasswordHasher;
import dev.latchkey.application.port.out.TenantRepository;
import dev.latchkey.application.port.out.Transactions;
import dev.latchkey.application.service.token.FailedLoginCounter;
import dev.latchkey.domain.credential.PasswordHash;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.SecurityEventType;
import dev.latchkey.domain.policy.PasswordPolicy;
import dev.latchkey.domain.policy.PasswordRule;
import dev.latchkey.domain.tenant.Tenant;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Changes a logged-in customer's password after checking the current one. The caller's session
 * stays; every other session of the customer ends, and the customer gets a notice.
 */
public final class ChangePasswordService implements ChangePasswordUseCase {

    private final TenantRepository tenants;
    private final CustomerRepository customers;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final PasswordReplacer replacer;
    private final FailedLoginCounter failedLogins;
    private final Transactions transactions;
    private final Clock clock;

    public ChangePasswordService(
            TenantRepository tenants,
            CustomerRepository customers,
            PasswordHasher hasher,
            PasswordPolicy policy,
            PasswordReplacer replacer,
            FailedLoginCounter failedLogins,
            Transactions transactions,
            Clock clock) {
        this.tenants = tenants;
        this.customers = customers;
        this.hasher = hasher;
        this.policy = policy;
        this.replacer = replacer;
        this.failedLogins = failedLogins;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Result change(Command command) {
        Optional<Tenant> tenant = tenants.find(command.tenant());
        if (tenant.isEmpty() || policy.isTooLongToHash(command.currentPassword())) {
            return new WrongPassword();
        }
        Optional<Customer> customer = customers.find(command.tenant(), command.customer());
        if (customer.isEmpty()) {
            return new WrongPassword();
        }
        String ip = command.origin().ip();
        Optional<FailedLoginCounter.Wait> wait =
                failedLogins.waitBefore(command.tenant(), customer.get().email(), ip, clock.instant());
        if (wait.isPresent()) {
            return new Throttled(wait.get().duration());
        }
        if (!customer.get()
                .passwordHash()
                .map(hash -> hasher.verify(command.currentPassword(), hash))
                .orElse(false)) {
            failedLogins.failed(command.tenant(), customer.get().email(), ip, clock.instant());
            return new WrongPassword();
        }
        failedLogins.succeeded(command.tenant(), customer.get().email());
        List<PasswordRule> failed =
                policy.check(command.newPassword(), Optional.of(customer.get().email()));
        if (!failed.isEmpty()) {
            return new PasswordRejected(failed);
        }
        PasswordHash newHash = hasher.hash(command.newPassword());
        transactions.run(() -> replacer.replace(
                tenant.get(),
                customer.get(),
                newHash,
                Optional.of(command.session()),
                SecurityEventType.PASSWORD_CHANGED,
                command.origin(),
                clock.instant()));
        return new PasswordChanged();
    }
}
