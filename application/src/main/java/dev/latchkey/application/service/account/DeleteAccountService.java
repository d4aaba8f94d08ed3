package dev.latchkey.application.service.account;

import dev.latchkey.application.port.in.account.DeleteAccountUseCase;
import dev.latchkey.application.port.out.CustomerRepository;
import dev.latchkey.application.port.out.EmailTokenRepository;
import dev.latchkey.application.port.out.MailOutbox;
import dev.latchkey.application.port.out.SecurityEventLog;
import dev.latchkey.application.port.out.TenantRepository;
import dev.latchkey.application.port.out.Transactions;
import dev.latchkey.application.service.MailedTokens;
import dev.latchkey.domain.credential.TokenHash;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.SecurityEvent;
import dev.latchkey.domain.customer.SecurityEventType;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.token.EmailTokenPurpose;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Erases a customer with the token of its deletion mail: the customer row goes, and with it, through
 * the schema's cascades, its sessions, tokens and security events; the mails to its login address
 * leave the outbox. What remains is one event of the tenant that says an account was deleted, with
 * no customer, address or user agent in it.
 */
public final class DeleteAccountService implements DeleteAccountUseCase {


    private final TenantRepository tenants;
    private final CustomerRepository customers;
    private final EmailTokenRepository emailTokens;
    private final MailedTokens mailedTokens;
    private final MailOutbox outbox;
    private final SecurityEventLog events;
    private final Transactions transactions;
    private final Clock clock;

    public DeleteAccountService(TenantRepository tenants, CustomerRepository customers, EmailTokenRepository emailTokens,
                                MailOutbox outbox, SecurityEventLog events, Transactions transactions, Clock clock) {
        this.tenants = tenants;
        this.customers = customers;
        this.emailTokens = emailTokens;
        this.mailedTokens = new MailedTokens(emailTokens, customers);
        this.outbox = outbox;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Result delete(Command command) {
        if (!MailedTokens.isPlausible(command.token())) {
            return new TokenInvalid();
        }
        Optional<Tenant> tenant = tenants.find(command.tenant());
        if (tenant.isEmpty()) {
            return new TokenInvalid();
        }
        TokenHash hash = TokenHash.of(command.token());
        return transactions.inTransaction(() -> deleteWithin(tenant.get(), hash, command, clock.instant()));
    }

    private Result deleteWithin(Tenant tenant, TokenHash hash, Command command, Instant now) {
        MailedTokens.Lookup lookup = mailedTokens.find(tenant.name(), hash, EmailTokenPurpose.ACCOUNT_DELETION, now);
        if (lookup instanceof MailedTokens.Expired expired && expired.token().customer().equals(command.customer())) {
            return new TokenExpired();
        }
        Optional<Customer> customer = lookup instanceof MailedTokens.Usable usable
                ? Optional.of(usable.customer()).filter(c -> c.id().equals(command.customer()))
                : Optional.empty();
        if (customer.isEmpty() || !emailTokens.spend(hash, now)) {
            return new TokenInvalid();
        }
        customers.delete(command.customer());
        outbox.forget(tenant.name(), customer.get().email());
        events.record(SecurityEvent.anonymous(tenant.name(), SecurityEventType.ACCOUNT_DELETED, now));
        return new Deleted();
    }
}
