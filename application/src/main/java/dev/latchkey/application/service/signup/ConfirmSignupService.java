package dev.latchkey.application.service.signup;

import dev.latchkey.application.port.in.signup.ConfirmSignupUseCase;
import dev.latchkey.application.port.out.CustomerRepository;
import dev.latchkey.application.port.out.SecurityEventLog;
import dev.latchkey.application.service.MailedTokens;
import dev.latchkey.application.service.token.CustomerTokenFactory;
import dev.latchkey.domain.customer.AccountStatus;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.SecurityEvent;
import dev.latchkey.domain.customer.SecurityEventType;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.token.EmailTokenPurpose;
import java.time.Instant;

/** Activates an account with its emailed token, spending the token, and logs the customer in. */
public final class ConfirmSignupService implements ConfirmSignupUseCase {

    private final CustomerRepository customers;
    private final MailedTokens mailedTokens;
    private final CustomerTokenFactory tokenFactory;
    private final SecurityEventLog events;

    public ConfirmSignupService(
            MailedTokens mailedTokens,
            CustomerRepository customers,
            CustomerTokenFactory tokenFactory,
            SecurityEventLog events) {
        this.mailedTokens = mailedTokens;
        this.customers = customers;
        this.tokenFactory = tokenFactory;
        this.events = events;
    }

    @Override
    public Result confirm(Command command) {
        return mailedTokens.use(
                command.tenant(),
                command.token(),
                EmailTokenPurpose.ACTIVATION,
                TokenInvalid::new,
                (tenant, lookup, now) -> confirmWithin(tenant, lookup, command, now));
    }

    private Result confirmWithin(Tenant tenant, MailedTokens.Lookup lookup, Command command, Instant now) {
        if (lookup instanceof MailedTokens.Expired) {
            return new TokenExpired();
        }
        if (!(lookup instanceof MailedTokens.Usable usable)
                || usable.customer().status() != AccountStatus.PENDING
                || !mailedTokens.spend(usable, now)) {
            return new TokenInvalid();
        }
        Customer pending = usable.customer();
        customers.updateStatus(pending.id(), AccountStatus.ACTIVE);
        events.record(SecurityEvent.of(
                tenant.name(),
                pending.id(),
                SecurityEventType.ACCOUNT_ACTIVATED,
                now,
                command.origin().ip(),
                command.origin().userAgent()));
        Customer active = pending.withStatus(AccountStatus.ACTIVE);
        return new Confirmed(tokenFactory.startSession(tenant, active, command.client(), command.origin(), now));
    }
}
