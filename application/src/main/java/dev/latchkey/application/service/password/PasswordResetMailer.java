package dev.latchkey.application.service.password;

import dev.latchkey.application.port.out.CustomerRepository;
import dev.latchkey.application.port.out.DeferredRequest;
import dev.latchkey.application.port.out.EmailTokenRepository;
import dev.latchkey.application.port.out.MailComposer;
import dev.latchkey.application.port.out.MailKind;
import dev.latchkey.application.port.out.MailMessage;
import dev.latchkey.application.port.out.MailOutbox;
import dev.latchkey.application.port.out.MailQuota;
import dev.latchkey.application.port.out.ProfileRepository;
import dev.latchkey.application.port.out.SecretGenerator;
import dev.latchkey.application.port.out.TenantRepository;
import dev.latchkey.application.port.out.Transactions;
import dev.latchkey.application.service.DeferredRequestHandler;
import dev.latchkey.application.service.MailLinks;
import dev.latchkey.domain.credential.TokenHash;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.profile.CustomerType;
import dev.latchkey.domain.profile.Profile;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.tenant.TenantName;
import dev.latchkey.domain.token.EmailToken;
import dev.latchkey.domain.token.EmailTokenPurpose;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Issues a new password-reset token to an active account (voiding its older ones) and queues the
 * mail with its link, in one transaction; an unknown address, or an account that is not active, gets nothing.
 */
public final class PasswordResetMailer implements DeferredRequestHandler {

    /**
     * How long a reset link works. The contract fixes 30 minutes for every shop; it is a constant
     * rather than a tenant setting until a shop needs another value.
     */
    public static final Duration VALID_FOR = Duration.ofMinutes(30);

    private final TenantRepository tenants;
    private final CustomerRepository customers;
    private final EmailTokenRepository emailTokens;
    private final MailComposer composer;
    private final MailOutbox outbox;
    private final MailLinks links;
    private final SecretGenerator secrets;
    private final MailQuota mailQuota;
    private final ProfileRepository profiles;
    private final Transactions transactions;
    private final Clock clock;

    public PasswordResetMailer(
            TenantRepository tenants,
            CustomerRepository customers,
            EmailTokenRepository emailTokens,
            MailComposer composer,
            MailOutbox outbox,
            MailLinks links,
            SecretGenerator secrets,
            MailQuota mailQuota,
            ProfileRepository profiles,
            Transactions transactions,
            Clock clock) {
        this.tenants = tenants;
        this.customers = customers;
        this.emailTokens = emailTokens;
        this.composer = composer;
        this.outbox = outbox;
        this.links = links;
        this.secrets = secrets;
        this.mailQuota = mailQuota;
        this.profiles = profiles;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public DeferredRequest.Kind kind() {
        return DeferredRequest.Kind.PASSWORD_RESET;
    }

    /** A request of the shop's backend names the type of account; a customer's own request does not. */
    @Override
    public void actOn(DeferredRequest request) {
        request.customerType()
                .ifPresentOrElse(
                        type -> mailIfActiveAndOf(request.tenant(), request.email(), type),
                        () -> mailIfActive(request.tenant(), request.email()));
    }

    /** Mails the account of {@code email} a reset link when it exists and is active. */
    public void mailIfActive(TenantName tenantName, EmailAddress email) {
        mailIf(tenantName, email, customer -> true);
    }

    /** Mails the account of {@code email} a reset link when it exists, is active and is of {@code type}. */
    public void mailIfActiveAndOf(TenantName tenantName, EmailAddress email, CustomerType type) {
        mailIf(
                tenantName,
                email,
                customer -> profiles.find(customer.id()).map(Profile::type).orElse(CustomerType.CUSTOMER) == type);
    }

    private void mailIf(TenantName tenantName, EmailAddress email, Predicate<Customer> wanted) {
        Optional<Tenant> tenant = tenants.find(tenantName);
        if (tenant.isEmpty()) {
            return;
        }
        transactions.run(() -> customers
                .findByEmail(tenantName, email)
                .filter(Customer::isActive)
                .filter(wanted)
                .ifPresent(customer -> send(tenant.get(), customer, clock.instant())));
    }

    private void send(Tenant tenant, Customer customer, Instant now) {
        if (!mailQuota.tryConsume(tenant.name(), customer.email(), MailKind.PASSWORD_RESET, now)) {
            return;
        }
        String token = secrets.newToken();
        emailTokens.replace(new EmailToken(
                TokenHash.of(token),
                tenant.name(),
                customer.id(),
                EmailTokenPurpose.PASSWORD_RESET,
                now,
                now.plus(VALID_FOR),
                Optional.empty(),
                Optional.empty()));
        MailMessage message = new MailMessage.PasswordReset(
                tenant.name(),
                customer.email(),
                customer.preferredLanguage(),
                tenant.displayName(),
                links.passwordReset(tenant, token),
                VALID_FOR);
        outbox.enqueue(composer.compose(message), now);
    }
}
