package dev.latchkey.application.service.email;

import dev.latchkey.application.port.in.email.ConfirmEmailChangeUseCase;
import dev.latchkey.application.port.out.CustomerRepository;
import dev.latchkey.application.port.out.EmailTokenRepository;
import dev.latchkey.application.port.out.MailComposer;
import dev.latchkey.application.port.out.MailMessage;
import dev.latchkey.application.port.out.MailOutbox;
import dev.latchkey.application.port.out.ProfileRepository;
import dev.latchkey.application.port.out.SecretGenerator;
import dev.latchkey.application.port.out.SecurityEventLog;
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

    private final CustomerRepository customers;
    private final EmailTokenRepository emailTokens;
    private final MailedTokens mailedTokens;
    private final MailComposer composer;
    private final MailOutbox outbox;
    private final MailLinks links;
    private final SecretGenerator secrets;
    private final SecurityEventLog events;
    private final ProfileRepository profiles;

    public ConfirmEmailChangeService(
            MailedTokens mailedTokens,
            CustomerRepository customers,
            EmailTokenRepository emailTokens,
            MailComposer composer,
            MailOutbox outbox,
            MailLinks links,
            SecretGenerator secrets,
            SecurityEventLog events,
            ProfileRepository profiles) {
        this.mailedTokens = mailedTokens;
        this.customers = customers;
        this.emailTokens = emailTokens;
        this.composer = composer;
        this.outbox = outbox;
        this.links = links;
        this.secrets = secrets;
        this.events = events;
        this.profiles = profiles;
    }

    @Override
    public Result confirm(Command command) {
        return mailedTokens.use(
                command.tenant(),
                command.token(),
                EmailTokenPurpose.EMAIL_CHANGE,
                TokenInvalid::new,
                (tenant, lookup, now) -> confirmWithin(tenant, lookup, command, now));
    }

    private Result confirmWithin(Tenant tenant, MailedTokens.Lookup lookup, Command command, Instant now) {
        if (lookup instanceof MailedTokens.Expired) {
            return new TokenExpired();
        }
        if (!(lookup instanceof MailedTokens.Usable usable)) {
            return new TokenInvalid();
        }
        Optional<EmailChangePayload> payload = usable.token().payload().flatMap(EmailChangePayload::decode);
        if (payload.isEmpty()) {
            return new TokenInvalid();
        }
        Customer customer = usable.customer();
        EmailAddress newEmail = payload.get().newEmail();
        if (customers
                .findByEmail(tenant.name(), newEmail)
                .filter(other -> !other.id().equals(customer.id()))
                .isPresent()) {
            return new EmailTaken();
        }
        if (!mailedTokens.spend(usable, now)) {
            return new TokenInvalid();
        }
        if (!customers.changeEmail(customer.id(), newEmail)) {
            throw MailedTokens.rollBackAnswering(new EmailTaken());
        }
        if (payload.get().syncContactEmail()) {
            profiles.find(customer.id())
                    .ifPresent(profile -> profiles.save(customer.id(), profile.withContactEmail(newEmail.value())));
        }
        String undoToken = secrets.newToken();
        emailTokens.add(new EmailToken(
                TokenHash.of(undoToken),
                tenant.name(),
                customer.id(),
                EmailTokenPurpose.EMAIL_CHANGE_UNDO,
                now,
                now.plus(UNDO_LIFETIME),
                Optional.empty(),
                Optional.of(customer.email().value())));
        outbox.enqueue(
                composer.compose(new MailMessage.EmailChanged(
                        tenant.name(),
                        customer.email(),
                        customer.preferredLanguage(),
                        tenant.displayName(),
                        newEmail,
                        links.emailChangeUndo(tenant, undoToken),
                        UNDO_LIFETIME)),
                now);
        events.record(SecurityEvent.of(
                tenant.name(),
                customer.id(),
                SecurityEventType.EMAIL_CHANGE_CONFIRMED,
                now,
                command.origin().ip(),
                command.origin().userAgent()));
        return new Changed();
    }
}
