package dev.latchkey.application.service.signup;

import dev.latchkey.application.port.out.AddressRepository;
import dev.latchkey.application.port.out.CustomerRepository;
import dev.latchkey.application.port.out.DeferredRequest;
import dev.latchkey.application.port.out.MailComposer;
import dev.latchkey.application.port.out.MailKind;
import dev.latchkey.application.port.out.MailMessage;
import dev.latchkey.application.port.out.MailOutbox;
import dev.latchkey.application.port.out.MailQuota;
import dev.latchkey.application.port.out.ProfileRepository;
import dev.latchkey.application.port.out.SignupDetails;
import dev.latchkey.application.port.out.TenantRepository;
import dev.latchkey.application.service.DeferredRequestHandler;
import dev.latchkey.application.service.MailLinks;
import dev.latchkey.domain.customer.AccountStatus;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.customer.CustomerNumber;
import dev.latchkey.domain.tenant.Tenant;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Acts on a signup after its answer: a new pending account with its profile, its first address and an
 * activation mail, or, when the email has an account already, a mail telling its owner so.
 */
public final class SignupCompleter implements DeferredRequestHandler {

    private final TenantRepository tenants;
    private final CustomerRepository customers;
    private final ProfileRepository profiles;
    private final AddressRepository addresses;
    private final ActivationMailer activationMailer;
    private final MailComposer composer;
    private final MailOutbox outbox;
    private final MailLinks links;
    private final MailQuota quota;
    private final Clock clock;

    public SignupCompleter(
            TenantRepository tenants,
            CustomerRepository customers,
            ProfileRepository profiles,
            AddressRepository addresses,
            ActivationMailer activationMailer,
            MailComposer composer,
            MailOutbox outbox,
            MailLinks links,
            MailQuota quota,
            Clock clock) {
        this.tenants = tenants;
        this.customers = customers;
        this.profiles = profiles;
        this.addresses = addresses;
        this.activationMailer = activationMailer;
        this.composer = composer;
        this.outbox = outbox;
        this.links = links;
        this.quota = quota;
        this.clock = clock;
    }

    @Override
    public DeferredRequest.Kind kind() {
        return DeferredRequest.Kind.SIGNUP;
    }

    /** The account is created as of the signup; the activation link counts from its mail. */
    @Override
    public void actOn(DeferredRequest request) {
        Optional<Tenant> tenant = tenants.find(request.tenant());
        if (tenant.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Optional<Customer> existing = customers.findByEmail(request.tenant(), request.email());
        if (existing.isPresent()) {
            tellOwner(tenant.get(), existing.get(), now);
            return;
        }
        SignupDetails details = request.signup().orElseThrow();
        CustomerNumber number = new CustomerNumber(Long.toString(tenants.nextCustomerNumber(request.tenant())));
        Customer customer = new Customer(
                new CustomerId(UUID.randomUUID()),
                request.tenant(),
                number,
                request.email(),
                Optional.of(details.passwordHash()),
                AccountStatus.PENDING,
                details.profile().preferredLanguage(),
                request.requestedAt());
        if (customers.add(customer)) {
            profiles.save(customer.id(), details.profile());
            details.address().ifPresent(address -> addresses.add(customer.id(), address));
            activationMailer.send(tenant.get(), customer, now);
        } else {
            customers
                    .findByEmail(request.tenant(), request.email())
                    .ifPresent(winner -> tellOwner(tenant.get(), winner, now));
        }
    }

    private void tellOwner(Tenant tenant, Customer owner, Instant now) {
        if (!quota.tryConsume(tenant.name(), owner.email(), MailKind.ACCOUNT_EXISTS, now)) {
            return;
        }
        MailMessage message = new MailMessage.AccountExists(
                tenant.name(),
                owner.email(),
                owner.preferredLanguage(),
                tenant.displayName(),
                links.login(tenant),
                links.passwordForgotten(tenant));
        outbox.enqueue(composer.compose(message), now);
    }
}
