package dev.latchkey.application.service.token;

import dev.latchkey.application.port.in.token.LoginUseCase;
import dev.latchkey.application.port.out.CustomerRepository;
import dev.latchkey.application.port.out.DeferredRequest;
import dev.latchkey.application.port.out.PasswordHasher;
import dev.latchkey.application.port.out.SecurityEventLog;
import dev.latchkey.application.port.out.TenantRepository;
import dev.latchkey.application.port.out.Transactions;
import dev.latchkey.application.service.DeferredWork;
import dev.latchkey.domain.credential.PasswordHash;
import dev.latchkey.domain.customer.AccountStatus;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.SecurityEvent;
import dev.latchkey.domain.customer.SecurityEventType;
import dev.latchkey.domain.policy.PasswordPolicy;
import dev.latchkey.domain.tenant.Tenant;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks email and password and opens a login session. An unknown email costs one hash and one stored
 * request as a known one with a wrong password does (the known one's security event is written from
 * that request after the answer), so the answer's timing does not tell whether an account exists.
 */
public final class LoginService implements LoginUseCase {

    private final TenantRepository tenants;
    private final CustomerRepository customers;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final Transactions transactions;
    private final CustomerTokenFactory tokenFactory;
    private final Clock clock;
    private final PasswordHash decoyHash;
    private final SecurityEventLog events;
    private final DeferredWork deferredWork;

    public LoginService(
            TenantRepository tenants,
            CustomerRepository customers,
            PasswordHasher hasher,
            PasswordPolicy policy,
            Transactions transactions,
            CustomerTokenFactory tokenFactory,
            Clock clock,
            PasswordHash decoyHash,
            SecurityEventLog events,
            DeferredWork deferredWork) {
        this.tenants = tenants;
        this.customers = customers;
        this.hasher = hasher;
        this.policy = policy;
        this.transactions = transactions;
        this.tokenFactory = tokenFactory;
        this.clock = clock;
        this.decoyHash = decoyHash;
        this.events = events;
        this.deferredWork = deferredWork;
    }

    @Override
    public Result login(Command command) {
        Optional<Tenant> tenant = tenants.find(command.tenant());
        if (tenant.isEmpty() || policy.isTooLongToHash(command.password())) {
            return new WrongCredentials();
        }
        Optional<Customer> found = customers.findByEmail(command.tenant(), command.email());
        Optional<PasswordHash> stored = found.flatMap(Customer::passwordHash);
        boolean passwordMatches = hasher.verify(command.password(), stored.orElse(decoyHash)) && stored.isPresent();
        if (found.isEmpty() || !passwordMatches) {
            deferredWork.submitLoginEvent(
                    DeferredRequest.Kind.FAILED_LOGIN, command.tenant(), command.email(), command.origin());
            return new WrongCredentials();
        }
        Customer customer = found.get();
        if (customer.status() == AccountStatus.PENDING) {
            return new NotActivated();
        }
        if (customer.status() == AccountStatus.BLOCKED) {
            return new Blocked();
        }
        Optional<PasswordHash> upgradedHash =
                hasher.needsRehash(stored.get()) ? Optional.of(hasher.hash(command.password())) : Optional.empty();
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            upgradedHash.ifPresent(hash -> customers.updatePasswordHash(customer.id(), hash));
            events.record(event(command, customer, SecurityEventType.LOGIN_SUCCEEDED, now));
            return new LoggedIn(
                    tokenFactory.startSession(tenant.get(), customer, command.client(), command.origin(), now));
        });
    }

    private static SecurityEvent event(Command command, Customer customer, SecurityEventType type, Instant now) {
        return SecurityEvent.of(
                command.tenant(),
                customer.id(),
                type,
                now,
                command.origin().ip(),
                command.origin().userAgent());
    }
}
