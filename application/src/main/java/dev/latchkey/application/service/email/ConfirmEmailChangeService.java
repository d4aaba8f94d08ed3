package dev.latchkey.application.service.email;

import dev.latchkey.application.port.in.email.ConfirmEmailChangeUseCase;
import dev.latchkey.application.port.out.CustomerRepository;
import dev.latchkey.application.port.out.EmailTokenRepository;
import dev.latchkey.application.port.out.MailComposer;
import dev.latchkey.application.port.out.MailMessage;
import dev.latchkey.application.port.out.MailOutbox;
import dev.latchkey.application.port.out.SecretGenerator;
import dev.latchkey.application.port.out.ProfileRepository;
import dev.latchkey.application.port.out.SecurityEventLog;
import dev.latchkey.application.port.out.TenantRepository;
import dev.latchkey.application.port.out.Transactions;
import dev.latchkey.application.service.MailLinks;
import dev.latchkey.application.service.MailedTokens;
import dev.latchkey.domain.credential.TokenHash;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.customer.SecurityEvent;
import dev.latchkey.domain.customer.SecurityEventType;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.token.EmailToken;
import dev.latchkey.domain.token.EmailTokenPurpose;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Confirms an email change with the token mailed to the new address: spends it, sets the new login
 * email and mails the previous address an undo link. Each undo link is added without voiding older
 * ones, so a second change made by someone who took the account over cannot cancel the first
 * owner's way back.
 */
public final class ConfirmEmailChangeService implements ConfirmEmailChangeUseCase {

    /** How long the undo link sent to the previous address works. */
    public static final Duration UNDO_LIFETIME = Duration.ofDays(7);


    private final TenantRepository tenants;
    private final CustomerRepository customers;
    private final EmailTokenRepository emailTokens;
    private final MailedTokens mailedTokens;
    private final MailComposer composer;
    private final MailOutbox outbox;
    private final MailLinks links;
    private final SecretGenerator secrets;
    private final SecurityEventLog events;
    private final ProfileRepository profiles;
    private final Transactions transactions;
    private final Clock clock;

    public ConfirmEmailChangeService(TenantRepository tenants, CustomerRepository customers, EmailTokenRepository emailTokens,
                                     MailComposer composer, MailOutbox outbox, MailLinks links, SecretGenerator secrets,
                                     SecurityEventLog events, ProfileRepository profiles, Transactions transactions,
                                     Clock clock) {
        this.tenants = tenants;
        this.profiles = profiles;
        this.customers = customers;
        this.emailTokens = emailTokens;
        this.mailedTokens = new MailedTokens(emailTokens, customers);
        this.composer = composer;
        this.outbox = outbox;
        this.links = links;
        this.secrets = secrets;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
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
        try {
            return transactions.inTransaction(() -> confirmWithin(tenant.get(), hash, command, clock.instant()));
        } catch (RolledBack rolledBack) {
            return rolledBack.result;
        }
    }

    private Result confirmWithin(Tenant tenant, TokenHash hash, Command command, Instant now) {
        MailedTokens.Lookup lookup = mailedTokens.find(tenant.name(), hash, EmailTokenPurpose.EMAIL_CHANGE, now);
        if (lookup instanceof MailedTokens.Expired) {
            return new TokenExpired();
        }
        Optional<EmailChangePayload> payload = lookup instanceof MailedTokens.Usable usable
                ? usable.token().payload().flatMap(EmailChangePayload::decode)
                : Optional.empty();
        if (payload.isEmpty()) {
            return new TokenInvalid();
        }
        Customer customer = ((MailedTokens.Usable) lookup).customer();
        EmailAddress newEmail = payload.get().newEmail();
        if (customers.findByEmail(tenant.name(), newEmail).filter(other -> !other.id().equals(customer.id())).isPresent()) {
            return new EmailTaken();
        }
        if (!emailTokens.spend(hash, now)) {
            return new TokenInvalid();
        }
        if (!customers.changeEmail(customer.id(), newEmail)) {
            throw new RolledBack(new EmailTaken());
        }
        if (payload.get().syncContactEmail()) {
            profiles.find(customer.id()).ifPresent(profile -> profiles.save(customer.id(), profile.withContactEmail(newEmail.value())));
        }
        String undoToken = secrets.newToken();
        emailTokens.add(new EmailToken(TokenHash.of(undoToken), tenant.name(), customer.id(),
                EmailTokenPurpose.EMAIL_CHANGE_UNDO, now, now.plus(UNDO_LIFETIME), Optional.empty(),
                Optional.of(customer.email().value())));
        outbox.enqueue(composer.compose(new MailMessage.EmailChanged(tenant.name(), customer.email(),
                customer.preferredLanguage(), tenant.displayName(), newEmail, links.emailChangeUndo(tenant, undoToken),
                UNDO_LIFETIME)), now);
        events.record(SecurityEvent.of(tenant.name(), customer.id(), SecurityEventType.EMAIL_CHANGE_CONFIRMED, now,
                command.origin().ip(), command.origin().userAgent()));
        return new Changed();
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
