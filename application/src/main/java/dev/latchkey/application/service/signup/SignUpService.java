package dev.latchkey.application.service.signup;

import dev.latchkey.application.port.in.signup.SignUpUseCase;
import dev.latchkey.application.port.out.AddressRepository;
import dev.latchkey.application.port.out.CustomerRepository;
import dev.latchkey.application.port.out.MailComposer;
import dev.latchkey.application.port.out.MailKind;
import dev.latchkey.application.port.out.MailMessage;
import dev.latchkey.application.port.out.MailOutbox;
import dev.latchkey.application.port.out.MailQuota;
import dev.latchkey.application.port.out.PasswordHasher;
import dev.latchkey.application.port.out.ProfileRepository;
import dev.latchkey.application.port.out.TenantRepository;
import dev.latchkey.application.port.out.Transactions;
import dev.latchkey.application.service.MailLinks;
import dev.latchkey.domain.credential.PasswordHash;
import dev.latchkey.domain.customer.AccountStatus;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.customer.CustomerNumber;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.policy.PasswordPolicy;
import dev.latchkey.domain.policy.PasswordRule;
import dev.latchkey.domain.profile.Address;
import dev.latchkey.domain.profile.AddressId;
import dev.latchkey.domain.profile.Profile;
import dev.latchkey.domain.profile.ProfilePatch;
import dev.latchkey.domain.tenant.Tenant;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Signs customers up with double opt-in. The password is hashed before the email is looked up,
 * so a taken address costs as much time as a new one and both get the same answer.
 */
public final class SignUpService implements SignUpUseCase {

    private final TenantRepository tenants;
    private final CustomerRepository customers;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final ActivationMailer activationMailer;
    private final MailComposer composer;
    private final MailOutbox outbox;
    private final MailLinks links;
    private final Transactions transactions;
    private final Clock clock;
    private final MailQuota quota;
    private final ProfileRepository profiles;
    private final AddressRepository addresses;

    public SignUpService(
            TenantRepository tenants,
            CustomerRepository customers,
            PasswordHasher hasher,
            PasswordPolicy policy,
            ActivationMailer activationMailer,
            MailComposer composer,
            MailOutbox outbox,
            MailLinks links,
            Transactions transactions,
            Clock clock,
            MailQuota quota,
            ProfileRepository profiles,
            AddressRepository addresses) {
        this.tenants = tenants;
        this.customers = customers;
        this.hasher = hasher;
        this.policy = policy;
        this.activationMailer = activationMailer;
        this.composer = composer;
        this.outbox = outbox;
        this.links = links;
        this.transactions = transactions;
        this.clock = clock;
        this.quota = quota;
        this.profiles = profiles;
        this.addresses = addresses;
    }

    @Override
    public Result signUp(Command command) {
        Optional<Tenant> tenant = tenants.find(command.tenant());
        if (tenant.isEmpty()) {
            return new UnknownTenant();
        }
        List<PasswordRule> failed = policy.check(command.password(), Optional.of(command.email()));
        if (!failed.isEmpty()) {
            return new PasswordRejected(failed);
        }
        PasswordHash hash = hasher.hash(command.password());
        Instant now = clock.instant();
        transactions.run(() -> signUpWithin(tenant.get(), command, hash, now));
        return new SignedUp();
    }

    private void signUpWithin(Tenant tenant, Command command, PasswordHash hash, Instant now) {
        EmailAddress email = command.email();
        Optional<Customer> existing = customers.findByEmail(tenant.name(), email);
        if (existing.isPresent()) {
            tellOwner(tenant, existing.get(), now);
            return;
        }
        CustomerNumber number = new CustomerNumber(Long.toString(tenants.nextCustomerNumber(tenant.name())));
        Profile profile = Profile.defaults().apply(command.details().orElse(ProfilePatch.none()));
        Customer customer = new Customer(
                new CustomerId(UUID.randomUUID()),
                tenant.name(),
                number,
                email,
                Optional.of(hash),
                AccountStatus.PENDING,
                profile.preferredLanguage(),
                now);
        if (customers.add(customer)) {
            profiles.save(customer.id(), profile);
            command.address()
                    .ifPresent(address -> addresses.add(
                            customer.id(), Address.empty(AddressId.random()).apply(address)));
            activationMailer.send(tenant, customer, now);
        } else {
            customers.findByEmail(tenant.name(), email).ifPresent(winner -> tellOwner(tenant, winner, now));
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
