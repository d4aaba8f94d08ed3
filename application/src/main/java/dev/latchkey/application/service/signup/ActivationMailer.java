package dev.latchkey.application.service.signup;

import dev.latchkey.application.port.out.EmailTokenRepository;
import dev.latchkey.application.port.out.MailComposer;
import dev.latchkey.application.port.out.MailKind;
import dev.latchkey.application.port.out.MailMessage;
import dev.latchkey.application.port.out.MailOutbox;
import dev.latchkey.application.port.out.MailQuota;
import dev.latchkey.application.port.out.SecretGenerator;
import dev.latchkey.application.service.MailLinks;
import dev.latchkey.domain.credential.TokenHash;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.token.EmailToken;
import dev.latchkey.domain.token.EmailTokenPurpose;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Issues a new activation token (voiding older ones) and queues its mail; runs inside the caller's
 * transaction. Past the recipient's activation mail quota it does nothing at all, so the link
 * mailed last keeps working.
 */
public final class ActivationMailer {

    private final EmailTokenRepository emailTokens;
    private final MailComposer composer;
    private final MailOutbox outbox;
    private final MailLinks links;
    private final SecretGenerator secrets;
    private final MailQuota quota;

    public ActivationMailer(
            EmailTokenRepository emailTokens,
            MailComposer composer,
            MailOutbox outbox,
            MailLinks links,
            SecretGenerator secrets,
            MailQuota quota) {
        this.emailTokens = emailTokens;
        this.composer = composer;
        this.outbox = outbox;
        this.links = links;
        this.secrets = secrets;
        this.quota = quota;
    }

    public void send(Tenant tenant, Customer customer, Instant now) {
        if (!quota.tryConsume(tenant.name(), customer.email(), MailKind.ACTIVATION, now)) {
            return;
        }
        Duration validFor = tenant.settings().activationTokenLifetime();
        String token = secrets.newToken();
        emailTokens.replace(new EmailToken(
                TokenHash.of(token),
                tenant.name(),
                customer.id(),
                EmailTokenPurpose.ACTIVATION,
                now,
                now.plus(validFor),
                Optional.empty(),
                Optional.empty()));
        MailMessage message = new MailMessage.Activation(
                tenant.name(),
                customer.email(),
                customer.preferredLanguage(),
                tenant.displayName(),
                links.activation(tenant, token),
                validFor);
        outbox.enqueue(composer.compose(message), now);
    }
}
