package dev.latchkey.application.service.account;

import dev.latchkey.application.port.in.account.DeleteAccountUseCase;
import dev.latchkey.application.port.out.CustomerRepository;
import dev.latchkey.application.port.out.MailOutbox;
import dev.latchkey.application.port.out.SecurityEventLog;
import dev.latchkey.application.service.MailedTokens;
import dev.latchkey.domain.customer.SecurityEvent;
import dev.latchkey.domain.customer.SecurityEventType;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.token.EmailTokenPurpose;
import java.time.Instant;

/**
 * Erases a customer with the token of its deletion mail: the customer row goes, and with it, through
 * the schema's cascades, its sessions, tokens and security events; the mails to its login address
 * leave the outbox. What remains is one event of the tenant that says an account was deleted, with
 * no customer, address or user agent in it.
 */
public final class DeleteAccountService implements DeleteAccountUseCase {

    private final CustomerRepository customers;
    private final MailedTokens mailedTokens;
    private final MailOutbox outbox;
    private final SecurityEventLog events;

    public DeleteAccountService(
            MailedTokens mailedTokens, CustomerRepository customers, MailOutbox outbox, SecurityEventLog events) {
        this.mailedTokens = mailedTokens;
        this.customers = customers;
        this.outbox = outbox;
        this.events = events;
    }

    @Override
    public Result delete(Command command) {
        return mailedTokens.use(
                command.tenant(),
                command.token(),
                EmailTokenPurpose.ACCOUNT_DELETION,
                TokenInvalid::new,
                (tenant, lookup, now) -> deleteWithin(tenant, lookup, command, now));
    }

    private Result deleteWithin(Tenant tenant, MailedTokens.Lookup lookup, Command command, Instant now) {
        if (lookup instanceof MailedTokens.Expired expired
                && expired.token().customer().equals(command.customer())) {
            return new TokenExpired();
        }
        if (!(lookup instanceof MailedTokens.Usable usable)
                || !usable.customer().id().equals(command.customer())
                || !mailedTokens.spend(usable, now)) {
            return new TokenInvalid();
        }
        customers.delete(command.customer());
        outbox.forget(tenant.name(), usable.customer().email());
        events.record(SecurityEvent.anonymous(tenant.name(), SecurityEventType.ACCOUNT_DELETED, now));
        return new Deleted();
    }
}
