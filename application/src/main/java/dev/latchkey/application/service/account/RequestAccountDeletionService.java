package dev.latchkey.application.service.account;

import dev.latchkey.application.port.in.account.RequestAccountDeletionUseCase;
import dev.latchkey.application.port.out.CustomerRepository;
import dev.latchkey.application.port.out.EmailTokenRepository;
import dev.latchkey.application.port.out.MailComposer;
import dev.latchkey.application.port.out.MailKind;
import dev.latchkey.application.port.out.MailMessage;
import dev.latchkey.application.port.out.MailOutbox;
import dev.latchkey.application.port.out.MailQuota;
import dev.latchkey.application.port.out.SecretGenerator;
import dev.latchkey.application.port.out.SecurityEventLog;
import dev.latchkey.application.port.out.TenantRepository;
import dev.latchkey.application.port.out.Transactions;
import dev.latchkey.application.service.MailLinks;
import dev.latchkey.domain.credential.TokenHash;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.SecurityEvent;
import dev.latchkey.domain.customer.SecurityEventType;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.token.EmailToken;
import dev.latchkey.domain.token.EmailTokenPurpose;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Mails the confirmation link of an account deletion to the customer's login email, with the token stored as a hash. */
public final class RequestAccountDeletionService implements RequestAccountDeletionUseCase {

    /** How long the confirmation link works. */
    public static final Duration CONFIRMATION_LIFETIME = Duration.ofHours(24);

    private final TenantRepository tenants;
    private final CustomerRepository customers;
    private final EmailTokenRepository emailTokens;
    private final MailComposer composer;
    private final MailOutbox outbox;
    private final MailLinks links;
    private final SecretGenerator secrets;
    private final SecurityEventLog events;
    private final MailQuota mailQuota;
    private final Transactions transactions;
    private final Clock clock;

    public RequestAccountDeletionService(
            TenantRepository tenants,
            CustomerRepository customers,
            EmailTokenRepository emailTokens,
            MailComposer composer,
            MailOutbox outbox,
            MailLinks links,
            SecretGenerator secrets,
            SecurityEventLog events,
            MailQuota mailQuota,
            Transactions transactions,
            Clock clock) {
        this.tenants = tenants;
        this.customers = customers;
        this.emailTokens = emailTokens;
        this.composer = composer;
        this.outbox = outbox;
        this.links = links;
        this.secrets = secrets;
        this.events = events;
        this.mailQuota = mailQuota;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void request(Command command) {
        Optional<Tenant> tenant = tenants.find(command.tenant());
        if (tenant.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        transactions.run(() -> customers
                .find(command.tenant(), command.customer())
                .ifPresent(customer -> requestWithin(tenant.get(), customer, command, now)));
    }

    private void requestWithin(Tenant tenant, Customer customer, Command command, Instant now) {
        if (mailQuota.tryConsume(tenant.name(), customer.email(), MailKind.ACCOUNT_DELETION, now)) {
            String token = secrets.newToken();
            emailTokens.replace(new EmailToken(
                    TokenHash.of(token),
                    tenant.name(),
                    customer.id(),
                    EmailTokenPurpose.ACCOUNT_DELETION,
                    now,
                    now.plus(CONFIRMATION_LIFETIME),
                    Optional.empty(),
                    Optional.empty()));
            outbox.enqueue(
                    composer.compose(new MailMessage.AccountDeletionConfirmation(
                            tenant.name(),
                            customer.email(),
                            customer.preferredLanguage(),
                            tenant.displayName(),
                            links.accountDeletion(tenant, token),
                            CONFIRMATION_LIFETIME)),
                    now);
        }
        events.record(SecurityEvent.of(
                tenant.name(),
                customer.id(),
                SecurityEventType.ACCOUNT_DELETION_REQUESTED,
                now,
                command.origin().ip(),
                command.origin().userAgent()));
    }
}
