package dev.latchkey.application.service.email;

import dev.latchkey.application.port.in.email.UndoEmailChangeUseCase;
import dev.latchkey.application.port.out.CustomerRepository;
import dev.latchkey.application.port.out.EmailTokenRepository;
import dev.latchkey.application.port.out.LoginSessionRepository;
import dev.latchkey.application.port.out.SecurityEventLog;
import dev.latchkey.application.service.MailedTokens;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.customer.SecurityEvent;
import dev.latchkey.domain.customer.SecurityEventType;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.token.EmailTokenPurpose;
import java.time.Instant;
import java.util.Optional;

/**
 * Undoes an email change with the token mailed to the previous address: restores that address,
 * ends every session of the customer, and voids every other undo, email change and deletion link
 * of the account, so whoever made the change cannot take the account back with a link of their own.
 */
public final class UndoEmailChangeService implements UndoEmailChangeUseCase {

    private final CustomerRepository customers;
    private final EmailTokenRepository emailTokens;
    private final MailedTokens mailedTokens;
    private final LoginSessionRepository sessions;
    private final SecurityEventLog events;

    public UndoEmailChangeService(
            MailedTokens mailedTokens,
            CustomerRepository customers,
            EmailTokenRepository emailTokens,
            LoginSessionRepository sessions,
            SecurityEventLog events) {
        this.mailedTokens = mailedTokens;
        this.customers = customers;
        this.emailTokens = emailTokens;
        this.sessions = sessions;
        this.events = events;
    }

    @Override
    public Result undo(Command command) {
        return mailedTokens.use(
                command.tenant(),
                command.token(),
                EmailTokenPurpose.EMAIL_CHANGE_UNDO,
                TokenInvalid::new,
                (tenant, lookup, now) -> undoWithin(tenant, lookup, command, now));
    }

    private Result undoWithin(Tenant tenant, MailedTokens.Lookup lookup, Command command, Instant now) {
        if (lookup instanceof MailedTokens.Expired) {
            return new TokenExpired();
        }
        if (!(lookup instanceof MailedTokens.Usable usable)
                || usable.token().payload().isEmpty()) {
            return new TokenInvalid();
        }
        Customer customer = usable.customer();
        EmailAddress previous = new EmailAddress(usable.token().payload().get());
        if (customers
                .findByEmail(tenant.name(), previous)
                .filter(other -> !other.id().equals(customer.id()))
                .isPresent()) {
            return new EmailTaken();
        }
        if (!mailedTokens.spend(usable, now)) {
            return new TokenInvalid();
        }
        if (!customers.changeEmail(customer.id(), previous)) {
            throw MailedTokens.rollBackAnswering(new EmailTaken());
        }
        emailTokens.voidAll(customer.id(), EmailTokenPurpose.EMAIL_CHANGE_UNDO, now);
        emailTokens.voidAll(customer.id(), EmailTokenPurpose.EMAIL_CHANGE, now);
        emailTokens.voidAll(customer.id(), EmailTokenPurpose.ACCOUNT_DELETION, now);
        sessions.revokeAllOf(customer.id(), Optional.empty(), now);
        events.record(SecurityEvent.of(
                tenant.name(),
                customer.id(),
                SecurityEventType.EMAIL_CHANGE_UNDONE,
                now,
                command.origin().ip(),
                command.origin().userAgent()));
        return new Undone();
    }
}
