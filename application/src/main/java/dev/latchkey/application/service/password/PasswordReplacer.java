package dev.latchkey.application.service.password;

import dev.latchkey.application.port.in.RequestOrigin;
import dev.latchkey.application.port.out.CustomerRepository;
import dev.latchkey.application.port.out.EmailTokenRepository;
import dev.latchkey.application.port.out.LoginSessionRepository;
import dev.latchkey.application.port.out.MailComposer;
import dev.latchkey.application.port.out.MailMessage;
import dev.latchkey.application.port.out.MailOutbox;
import dev.latchkey.application.port.out.SecurityEventLog;
import dev.latchkey.application.service.MailLinks;
import dev.latchkey.domain.credential.PasswordHash;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.SecurityEvent;
import dev.latchkey.domain.customer.SecurityEventType;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.token.EmailTokenPurpose;
import dev.latchkey.domain.token.SessionId;
import java.time.Instant;
import java.util.Optional;

/**
 * Stores a customer's new password hash together with what must go with it: unused reset links
 * die, the customer's sessions end (but {@code keep}), and a "your password was changed" notice is
 * queued. Runs inside the caller's transaction.
 */
public final class PasswordReplacer {

    private final CustomerRepository customers;
    private final EmailTokenRepository emailTokens;
    private final LoginSessionRepository sessions;
    private final MailComposer composer;
    private final MailOutbox outbox;
    private final MailLinks links;
    private final SecurityEventLog events;

    public PasswordReplacer(
            CustomerRepository customers,
            EmailTokenRepository emailTokens,
            LoginSessionRepository sessions,
            MailComposer composer,
            MailOutbox outbox,
            MailLinks links,
            SecurityEventLog events) {
        this.customers = customers;
        this.emailTokens = emailTokens;
        this.sessions = sessions;
        this.composer = composer;
        this.outbox = outbox;
        this.links = links;
        this.events = events;
    }

    /** @param why the security event the customer will see, recorded with {@code origin} */
    public void replace(
            Tenant tenant,
            Customer customer,
            PasswordHash newHash,
            Optional<SessionId> keep,
            SecurityEventType why,
            RequestOrigin origin,
            Instant now) {
        customers.updatePasswordHash(customer.id(), newHash);
        emailTokens.voidAll(customer.id(), EmailTokenPurpose.PASSWORD_RESET, now);
        sessions.revokeAllOf(customer.id(), keep, now);
        MailMessage notice = new MailMessage.PasswordChanged(
                tenant.name(),
                customer.email(),
                customer.preferredLanguage(),
                tenant.displayName(),
                links.passwordForgotten(tenant));
        outbox.enqueue(composer.compose(notice), now);
        events.record(SecurityEvent.of(tenant.name(), customer.id(), why, now, origin.ip(), origin.userAgent()));
    }
}
