package dev.latchkey.application.service.email;

import dev.latchkey.application.port.in.email.RequestEmailChangeUseCase;
import dev.latchkey.application.port.out.CustomerRepository;
import dev.latchkey.application.port.out.EmailTokenRepository;
import dev.latchkey.application.port.out.MailComposer;
import dev.latchkey.application.port.out.MailKind;
import dev.latchkey.application.port.out.MailMessage;
import dev.latchkey.application.port.out.MailOutbox;
import dev.latchkey.application.port.out.MailQuota;
import dev.latchkey.application.port.out.PasswordHasher;
import dev.latchkey.application.port.out.SecretGenerator;
import dev.latchkey.application.port.out.SecurityEventLog;
import dev.latchkey.application.port.out.TenantRepository;
import dev.latchkey.application.port.out.Transactions;
import dev.latchkey.application.service.MailLinks;
import dev.latchkey.application.service.token.FailedLoginCounter;
import dev.latchkey.domain.credential.TokenHash;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.SecurityEvent;
import dev.latchkey.domain.customer.SecurityEventType;
import dev.latchkey.domain.policy.PasswordPolicy;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.token.EmailToken;
import dev.latchkey.domain.token.EmailTokenPurpose;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Starts an email change after checking email and password again (one hash, outside the
 * transaction). The notice to the current address goes out whether or not the new address is
 * free, so the caller's own mailbox does not tell which addresses have accounts; only a free new
 * address gets a confirmation link. The owner of a taken address is not told, so the call cannot
 * be used to send mail to other people's accounts.
 */
public final class RequestEmailChangeService implements RequestEmailChangeUseCase {

    /** How long the confirmation link sent to the new address works. */
    public static final Duration CONFIRMATION_LIFETIME = Duration.ofHours(24);

    private final TenantRepository tenants;
    private final CustomerRepository customers;
    private final EmailTokenRepository emailTokens;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final MailComposer composer;
    private final MailOutbox outbox;
    private final MailLinks links;
    private final SecretGenerator secrets;
    private final SecurityEventLog events;
    private final FailedLoginCounter failedLogins;
    private final MailQuota mailQuota;
    private final Transactions transactions;
    private final Clock clock;

    public RequestEmailChangeService(
            TenantRepository tenants,
            CustomerRepository customers,
            EmailTokenRepository emailTokens,
            PasswordHasher hasher,
            PasswordPolicy policy,
            MailComposer composer,
            MailOutbox outbox,
            MailLinks links,
            SecretGenerator secrets,
            SecurityEventLog events,
            FailedLoginCounter failedLogins,
            MailQuota mailQuota,
            Transactions transactions,
            Clock clock) {
        this.tenants = tenants;
        this.customers = customers;
        this.emailTokens = emailTokens;
        this.hasher = hasher;
        this.policy = policy;
        this.composer = composer;
        this.outbox = outbox;
        this.links = links;
        this.secrets = secrets;
        this.events = events;
        this.failedLogins = failedLogins;
        this.mailQuota = mailQuota;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Result request(Command command) {
        Optional<Tenant> tenant = tenants.find(command.tenant());
        if (tenant.isEmpty() || policy.isTooLongToHash(command.password())) {
            return new WrongCredentials();
        }
        Optional<Customer> found = customers.find(command.tenant(), command.customer());
        if (found.isEmpty()) {
            return new WrongCredentials();
        }
        Customer customer = found.get();
        String ip = command.origin().ip();
        Optional<FailedLoginCounter.Wait> wait =
                failedLogins.waitBefore(command.tenant(), customer.email(), ip, clock.instant());
        if (wait.isPresent()) {
            return new Throttled(wait.get().duration());
        }
        boolean passwordMatches = customer.passwordHash()
                .map(hash -> hasher.verify(command.password(), hash))
                .orElse(false);
        if (!passwordMatches
                || command.email()
                        .filter(stated -> !stated.equals(customer.email()))
                        .isPresent()) {
            failedLogins.failed(command.tenant(), customer.email(), ip, clock.instant());
            return new WrongCredentials();
        }
        failedLogins.succeeded(command.tenant(), customer.email());
        if (customer.email().equals(command.newEmail())) {
            return new Requested();
        }
        Instant now = clock.instant();
        transactions.run(() -> requestWithin(tenant.get(), customer, command, now));
        return new Requested();
    }

    private void requestWithin(Tenant tenant, Customer customer, Command command, Instant now) {
        boolean newEmailIsFree =
                customers.findByEmail(tenant.name(), command.newEmail()).isEmpty();
        if (newEmailIsFree && mailQuota.tryConsume(tenant.name(), command.newEmail(), MailKind.EMAIL_CHANGE, now)) {
            String token = secrets.newToken();
            emailTokens.replace(new EmailToken(
                    TokenHash.of(token),
                    tenant.name(),
                    customer.id(),
                    EmailTokenPurpose.EMAIL_CHANGE,
                    now,
                    now.plus(CONFIRMATION_LIFETIME),
                    Optional.empty(),
                    Optional.of(new EmailChangePayload(command.newEmail(), command.syncContactEmail()).encoded())));
            outbox.enqueue(
                    composer.compose(new MailMessage.EmailChangeConfirmation(
                            tenant.name(),
                            command.newEmail(),
                            customer.preferredLanguage(),
                            tenant.displayName(),
                            links.emailChangeConfirmation(tenant, token),
                            CONFIRMATION_LIFETIME)),
                    now);
        }
        if (mailQuota.tryConsume(tenant.name(), customer.email(), MailKind.EMAIL_CHANGE, now)) {
            outbox.enqueue(
                    composer.compose(new MailMessage.EmailChangeRequested(
                            tenant.name(),
                            customer.email(),
                            customer.preferredLanguage(),
                            tenant.displayName(),
                            command.newEmail())),
                    now);
        }
        events.record(SecurityEvent.of(
                tenant.name(),
                customer.id(),
                SecurityEventType.EMAIL_CHANGE_REQUESTED,
                now,
                command.origin().ip(),
                command.origin().userAgent()));
    }
}
