package dev.latchkey.application.service.password;

import dev.latchkey.application.port.in.RequestOrigin;
import dev.latchkey.application.port.in.password.SetPasswordUseCase;
import dev.latchkey.application.port.out.CustomerRepository;
import dev.latchkey.application.port.out.PasswordHasher;
import dev.latchkey.application.port.out.TenantRepository;
import dev.latchkey.application.port.out.Transactions;
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
 * Sets a customer's password on behalf of the shop. The policy applies as for the customer; every
 * session of the customer ends and the customer gets a notice. The account's status is left as it is.
 */
public final class SetPasswordService implements SetPasswordUseCase {

    /** The shop's backend made the call, not the customer: its address is not the customer's to see. */
    private static final RequestOrigin NO_CUSTOMER_REQUEST = new RequestOrigin("", "");

    private final TenantRepository tenants;
    private final CustomerRepository customers;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final PasswordReplacer replacer;
    private final Transactions transactions;
    private final Clock clock;

    public SetPasswordService(
            TenantRepository tenants,
            CustomerRepository customers,
            PasswordHasher hasher,
            PasswordPolicy policy,
            PasswordReplacer replacer,
            Transactions transactions,
            Clock clock) {
        this.tenants = tenants;
        this.customers = customers;
        this.hasher = hasher;
        this.policy = policy;
        this.replacer = replacer;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Result set(Command command) {
        Optional<Tenant> tenant = tenants.find(command.tenant());
        Optional<Customer> customer = tenant.flatMap(found -> customers.find(found.name(), command.customer()));
        if (customer.isEmpty()) {
            return new CustomerNotFound();
        }
        List<PasswordRule> failed =
                policy.check(command.password(), Optional.of(customer.get().email()));
        if (!failed.isEmpty()) {
            return new PasswordRejected(failed);
        }
        PasswordHash newHash = hasher.hash(command.password());
        return transactions.inTransaction(() -> {
            Optional<Customer> stillThere = customers.find(command.tenant(), command.customer());
            if (stillThere.isEmpty()) {
                return new CustomerNotFound();
            }
            replacer.replace(
                    tenant.get(),
                    stillThere.get(),
                    newHash,
                    Optional.empty(),
                    SecurityEventType.PASSWORD_SET_BY_SHOP,
                    NO_CUSTOMER_REQUEST,
                    clock.instant());
            return new PasswordSet();
        });
    }
}
