package dev.latchkey.application.service.account;

import dev.latchkey.application.port.in.account.AddInternalLoginUseCase;
import dev.latchkey.application.port.out.CustomerRepository;
import dev.latchkey.application.port.out.PasswordHasher;
import dev.latchkey.application.port.out.Transactions;
import dev.latchkey.domain.credential.PasswordHash;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.policy.PasswordPolicy;
import dev.latchkey.domain.policy.PasswordRule;
import java.util.List;
import java.util.Optional;

/** Gives a customer without a password an email+password login; the email becomes the account's login email. */
public final class AddInternalLoginService implements AddInternalLoginUseCase {

    private final CustomerRepository customers;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final Transactions transactions;

    public AddInternalLoginService(
            CustomerRepository customers, PasswordHasher hasher, PasswordPolicy policy, Transactions transactions) {
        this.customers = customers;
        this.hasher = hasher;
        this.policy = policy;
        this.transactions = transactions;
    }

    @Override
    public Result add(Command command) {
        Optional<Customer> customer = customers.find(command.tenant(), command.customer());
        if (customer.isEmpty() || customer.get().passwordHash().isPresent()) {
            return new AlreadyHasLogin();
        }
        List<PasswordRule> failed = policy.check(command.password(), Optional.of(command.email()));
        if (!failed.isEmpty()) {
            return new PasswordRejected(failed);
        }
        PasswordHash hash = hasher.hash(command.password());
        return transactions.inTransaction(() -> {
            Optional<Customer> still = customers.find(command.tenant(), command.customer());
            if (still.isEmpty() || still.get().passwordHash().isPresent()) {
                return new AlreadyHasLogin();
            }
            if (!still.get().email().equals(command.email())
                    && !customers.changeEmail(command.customer(), command.email())) {
                return new EmailTaken();
            }
            customers.updatePasswordHash(command.customer(), hash);
            return new Added();
        });
    }
}
