package dev.latchkey.application.service.signup;

import dev.latchkey.application.port.in.signup.ConfirmSignupUseCase;
import dev.latchkey.application.port.out.CustomerRepository;
import dev.latchkey.application.port.out.EmailTokenRepository;
import dev.latchkey.application.port.out.SecurityEventLog;
import dev.latchkey.application.port.out.TenantRepository;
import dev.latchkey.application.port.out.Transactions;
import dev.latchkey.application.service.MailedTokens;
import dev.latchkey.application.service.token.CustomerTokenFactory;
import dev.latchkey.domain.credential.TokenHash;
import dev.latchkey.domain.customer.AccountStatus;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.SecurityEvent;
import dev.latchkey.domain.customer.SecurityEventType;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.token.EmailTokenPurpose;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Activates an account with its emailed token, spending the token, and logs the customer in. */
public final class ConfirmSignupService implements ConfirmSignupUseCase {


    private final TenantRepository tenants;
    private final CustomerRepository customers;
    private final EmailTokenRepository emailTokens;
    private final MailedTokens mailedTokens;
    private final Transactions transactions;
    private final CustomerTokenFactory tokenFactory;
    private final Clock clock;
    private final SecurityEventLog events;

    public ConfirmSignupService(TenantRepository tenants, CustomerRepository customers, EmailTokenRepository emailTokens,
                                Transactions transactions, CustomerTokenFactory tokenFactory, Clock clock,
                                SecurityEventLog events) {
        this.tenants = tenants;
        this.customers = customers;
        this.emailTokens = emailTokens;
        this.mailedTokens = new MailedTokens(emailTokens, customers);
        this.transactions = transactions;
        this.tokenFactory = tokenFactory;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public Result confirm(Command command) {
        if (!MailedTokens.isPlausible(command.token())) {
            return new TokenInvalid();
        }
        Optional<Tenant> tenant = tenants.find(command.tenant());
        if (tenant.isEmpty()) {
            return new TokenInvalid();
        }
        TokenHash hash = TokenHash.of(command.token());
        return transactions.inTransaction(() -> confirmWithin(tenant.get(), hash, command, clock.instant()));
    }

    private Result confirmWithin(Tenant tenant, TokenHash hash, Command command, Instant now) {
        MailedTokens.Lookup lookup = mailedTokens.find(tenant.name(), hash, EmailTokenPurpose.ACTIVATION, now);
        if (lookup instanceof MailedTokens.Expired) {
            return new TokenExpired();
        }
        Optional<Customer> customer = lookup instanceof MailedTokens.Usable usable
                ? Optional.of(usable.customer()).filter(c -> c.status() == AccountStatus.PENDING)
                : Optional.empty();
        if (customer.isEmpty() || !emailTokens.spend(hash, now)) {
            return new TokenInvalid();
        }
        customers.updateStatus(customer.get().id(), AccountStatus.ACTIVE);
        events.record(SecurityEvent.of(tenant.name(), customer.get().id(), SecurityEventType.ACCOUNT_ACTIVATED, now,
                command.origin().ip(), command.origin().userAgent()));
        Customer active = customer.get().withStatus(AccountStatus.ACTIVE);
        return new Confirmed(tokenFactory.startSession(tenant, active, command.client(), command.origin(), now));
    }
}
