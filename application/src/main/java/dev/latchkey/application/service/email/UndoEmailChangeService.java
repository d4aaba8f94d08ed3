package dev.latchkey.application.service.email;

import dev.latchkey.application.port.in.email.UndoEmailChangeUseCase;
import dev.latchkey.application.port.out.CustomerRepository;
import dev.latchkey.application.port.out.EmailTokenRepository;
import dev.latchkey.application.port.out.LoginSessionRepository;
import dev.latchkey.application.port.out.SecurityEventLog;
import dev.latchkey.application.port.out.TenantRepository;
import dev.latchkey.application.port.out.Transactions;
import dev.latchkey.application.service.MailedTokens;
import dev.latchkey.domain.credential.TokenHash;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.customer.SecurityEvent;
import dev.latchkey.domain.customer.SecurityEventType;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.token.EmailTokenPurpose;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Undoes an email change with the token mailed to the previous address: restores that address,
 * ends every session of the customer, and voids every other undo, email change and deletion link
 * of the account, so whoever made the change cannot take the account back with a link of their own.
 */
public final class UndoEmailChangeService implements UndoEmailChangeUseCase {


    private final TenantRepository tenants;
    private final CustomerRepository customers;
    private final EmailTokenRepository emailTokens;
    private final MailedTokens mailedTokens;
    private final LoginSessionRepository sessions;
    private final SecurityEventLog events;
    private final Transactions transactions;
    private final Clock clock;

    public UndoEmailChangeService(TenantRepository tenants, CustomerRepository customers, EmailTokenRepository emailTokens,
                                  LoginSessionRepository sessions, SecurityEventLog events, Transactions transactions,
                                  Clock clock) {
        this.tenants = tenants;
        this.customers = customers;
        this.emailTokens = emailTokens;
        this.mailedTokens = new MailedTokens(emailTokens, customers);
        this.sessions = sessions;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Result undo(Command command) {
        if (!MailedTokens.isPlausible(command.token())) {
            return new TokenInvalid();
        }
        Optional<Tenant> tenant = tenants.find(command.tenant());
        if (tenant.isEmpty()) {
            return new TokenInvalid();
        }
        TokenHash hash = TokenHash.of(command.token());
        try {
            return transactions.inTransaction(() -> undoWithin(tenant.get(), hash, command, clock.instant()));
        } catch (RolledBack rolledBack) {
            return rolledBack.result;
        }
    }

    private Result undoWithin(Tenant tenant, TokenHash hash, Command command, Instant now) {
        MailedTokens.Lookup lookup = mailedTokens.find(tenant.name(), hash, EmailTokenPurpose.EMAIL_CHANGE_UNDO, now);
        if (lookup instanceof MailedTokens.Expired) {
            return new TokenExpired();
        }
        if (!(lookup instanceof MailedTokens.Usable usable) || usable.token().payload().isEmpty()) {
            return new TokenInvalid();
        }
        Customer customer = usable.customer();
        EmailAddress previous = new EmailAddress(usable.token().payload().get());
        if (customers.findByEmail(tenant.name(), previous).filter(other -> !other.id().equals(customer.id())).isPresent()) {
            return new EmailTaken();
        }
        if (!emailTokens.spend(hash, now)) {
            return new TokenInvalid();
        }
        if (!customers.changeEmail(customer.id(), previous)) {
            throw new RolledBack(new EmailTaken());
        }
        emailTokens.voidAll(customer.id(), EmailTokenPurpose.EMAIL_CHANGE_UNDO, now);
        emailTokens.voidAll(customer.id(), EmailTokenPurpose.EMAIL_CHANGE, now);
        emailTokens.voidAll(customer.id(), EmailTokenPurpose.ACCOUNT_DELETION, now);
        sessions.revokeAllOf(customer.id(), Optional.empty(), now);
        events.record(SecurityEvent.of(tenant.name(), customer.id(), SecurityEventType.EMAIL_CHANGE_UNDONE, now,
                command.origin().ip(), command.origin().userAgent()));
        return new Undone();
    }

    /** Rolls the transaction back (the spent token with it) when the address was taken by a concurrent change. */
    private static final class RolledBack extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient Result result;

        RolledBack(Result result) {
            super(null, null, false, false);
            this.result = result;
        }
    }
}
