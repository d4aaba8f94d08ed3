package dev.latchkey.application.fake;

import dev.latchkey.application.service.DeferredWork;
import dev.latchkey.application.service.MailLinks;
import dev.latchkey.application.service.MailedTokens;
import dev.latchkey.application.service.password.PasswordResetMailer;
import dev.latchkey.application.service.signup.ActivationMailer;
import dev.latchkey.application.service.signup.ActivationResender;
import dev.latchkey.application.service.signup.SignUpService;
import dev.latchkey.application.service.signup.SignupCompleter;
import dev.latchkey.application.service.token.CustomerTokenFactory;
import dev.latchkey.application.service.token.FailedLoginCounter;
import dev.latchkey.application.service.token.LoginEventRecorder;
import dev.latchkey.application.service.token.LoginService;
import dev.latchkey.domain.credential.PasswordHash;
import dev.latchkey.domain.customer.AccountStatus;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.customer.CustomerNumber;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.policy.LoginThrottlePolicy;
import dev.latchkey.domain.policy.PasswordPolicy;
import dev.latchkey.domain.tenant.Client;
import dev.latchkey.domain.tenant.ClientId;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.tenant.TenantLook;
import dev.latchkey.domain.tenant.TenantName;
import dev.latchkey.domain.tenant.TenantSettings;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;

/**
 * Every fake port, wired to each other, with two tenants ({@code shop} and {@code rival}) that
 * have the same {@link #SETTINGS}, a signing key and a storefront client each.
 */
public final class FakePorts {

    public static final String PUBLIC_URL = "https://id.example.test";
    public static final TenantName SHOP = new TenantName("shop");
    public static final TenantName RIVAL = new TenantName("rival");
    public static final ClientId SHOP_STOREFRONT = new ClientId("shop-storefront");
    public static final ClientId RIVAL_STOREFRONT = new ClientId("rival-storefront");

    /** Lifetimes that all differ, so a service using the wrong one is caught. */
    public static final Duration ANONYMOUS_LIFETIME = Duration.ofHours(2);

    public static final Duration ACCESS_LIFETIME = Duration.ofMinutes(15);
    public static final Duration REFRESH_LIFETIME = Duration.ofDays(14);
    public static final Duration SERVICE_LIFETIME = Duration.ofMinutes(30);
    public static final Duration ACTIVATION_LIFETIME = Duration.ofHours(48);
    /** How many mails of one kind the fake quota lets through to one address per hour. */
    public static final int MAILS_PER_HOUR = 5;

    public static final TenantSettings SETTINGS = new TenantSettings(
            ANONYMOUS_LIFETIME,
            ACCESS_LIFETIME,
            REFRESH_LIFETIME,
            SERVICE_LIFETIME,
            ACTIVATION_LIFETIME,
            Optional.empty(),
            List.of());

    public final MutableClock clock = MutableClock.startingAt("2030-01-15T10:00:00Z");
    public final InMemoryTenantRepository tenants = new InMemoryTenantRepository();
    public final InMemoryCustomerRepository customers = new InMemoryCustomerRepository();
    public final InMemoryEmailTokenRepository emailTokens = new InMemoryEmailTokenRepository();
    public final InMemoryAccessGrantRepository grants = new InMemoryAccessGrantRepository();
    public final InMemoryLoginSessionRepository sessions = new InMemoryLoginSessionRepository(grants);
    public final InMemoryClientRepository clients = new InMemoryClientRepository();
    public final InMemorySigningKeyRepository signingKeys = new InMemorySigningKeyRepository();
    public final InMemoryMailOutbox outbox = new InMemoryMailOutbox();
    public final RecordingMailComposer composer = new RecordingMailComposer();
    public final FakePasswordHasher hasher = new FakePasswordHasher();
    public final SequenceSecretGenerator secrets = new SequenceSecretGenerator();
    public final FakeSaasTokenSigner signer = new FakeSaasTokenSigner();
    public final MailLinks links = new MailLinks(() -> PUBLIC_URL);
    public final InMemoryLoginFailureRepository loginFailures = new InMemoryLoginFailureRepository();
    public final InMemoryMailQuota mailQuota = new InMemoryMailQuota(MAILS_PER_HOUR, Duration.ofHours(1));
    public final InMemorySecurityEventLog events = new InMemorySecurityEventLog();
    public final InMemoryProfileRepository profiles = new InMemoryProfileRepository(customers);
    public final InMemoryAddressRepository addresses = new InMemoryAddressRepository(customers);
    public final InMemoryDeferredRequests deferredRequests = new InMemoryDeferredRequests();
    public final InMemoryCustomerImport customerImport =
            new InMemoryCustomerImport(tenants, customers, profiles, addresses);
    /** Transactions that, when they fail, put back what every fake above kept. */
    public final DirectTransactions transactions = new DirectTransactions(List.of(
            tenants,
            customers,
            emailTokens,
            grants,
            sessions,
            clients,
            signingKeys,
            outbox,
            loginFailures,
            mailQuota,
            events,
            profiles,
            addresses,
            deferredRequests));

    public FakePorts() {
        this(true);
    }

    private FakePorts(boolean withShopAndRival) {
        customers.onDelete(sessions::removeCustomer);
        customers.onDelete(emailTokens::removeCustomer);
        customers.onDelete(events::removeCustomer);
        if (withShopAndRival) {
            addTenant(SHOP, SHOP_STOREFRONT);
            addTenant(RIVAL, RIVAL_STOREFRONT);
        }
    }

    /** The fakes wired to each other as in a database, but empty: not even the two tenants. */
    public static FakePorts empty() {
        return new FakePorts(false);
    }

    public Tenant tenant(TenantName name) {
        return tenants.find(name).orElseThrow(() -> new AssertionError("No tenant " + name));
    }

    /** Counts wrong passwords with the contract's default limits: 5 per account, 100 per address and hour. */
    public FailedLoginCounter failedLogins() {
        return new FailedLoginCounter(loginFailures, new LoginThrottlePolicy(5, 100));
    }

    public CustomerTokenFactory tokenFactory() {
        return new CustomerTokenFactory(secrets, grants, sessions, signingKeys, signer);
    }

    public MailedTokens mailedTokens() {
        return new MailedTokens(tenants, emailTokens, customers, transactions, clock);
    }

    public ActivationMailer activationMailer() {
        return new ActivationMailer(emailTokens, composer, outbox, links, secrets, mailQuota);
    }

    public PasswordResetMailer resetMailer() {
        return new PasswordResetMailer(
                tenants,
                customers,
                emailTokens,
                composer,
                outbox,
                links,
                secrets,
                mailQuota,
                profiles,
                transactions,
                clock);
    }

    public ActivationResender activationResender() {
        return new ActivationResender(tenants, customers, activationMailer(), transactions, clock);
    }

    public SignupCompleter signupCompleter() {
        return new SignupCompleter(
                tenants, customers, profiles, addresses, activationMailer(), composer, outbox, links, mailQuota, clock);
    }

    /** Deferred requests kept in {@link #deferredRequests} and acted on by {@code background}. */
    public DeferredWork deferredWork(Executor background) {
        return new DeferredWork(
                deferredRequests,
                List.of(
                        resetMailer(),
                        activationResender(),
                        signupCompleter(),
                        LoginEventRecorder.failedLogins(customers, events),
                        LoginEventRecorder.throttledLogins(customers, events)),
                transactions,
                secrets,
                clock,
                background);
    }

    /** The signup service; the signups it stores are acted on at once, as the server does a moment later. */
    public SignUpService signUpService() {
        return new SignUpService(tenants, hasher, new PasswordPolicy(), deferredWork(Runnable::run));
    }

    /** The login service; the security events of failed logins are written at once, as the server does a moment later. */
    public LoginService loginService(PasswordHash decoy) {
        return new LoginService(
                tenants,
                customers,
                hasher,
                new PasswordPolicy(),
                transactions,
                tokenFactory(),
                clock,
                decoy,
                events,
                deferredWork(Runnable::run));
    }

    /** Puts a customer straight into the repository, with the password hashed as the fake hasher does. */
    public Customer addCustomer(TenantName tenant, String email, String password, AccountStatus status) {
        return addCustomer(tenant, email, FakePasswordHasher.hashOf(password), status);
    }

    public Customer addCustomer(TenantName tenant, String email, PasswordHash hash, AccountStatus status) {
        Customer customer = new Customer(
                new CustomerId(UUID.randomUUID()),
                tenant,
                new CustomerNumber(Long.toString(tenants.nextCustomerNumber(tenant))),
                new EmailAddress(email),
                Optional.of(hash),
                status,
                Customer.DEFAULT_LANGUAGE,
                clock.instant());
        if (!customers.add(customer)) {
            throw new IllegalStateException("Customer exists: " + email);
        }
        return customer;
    }

    /** The one-time token as the customer would take it from a link in a mail. */
    public static String tokenFromLink(String link) {
        int start = link.indexOf("?token=");
        if (start < 0) {
            throw new AssertionError("No token in link " + link);
        }
        return URLDecoder.decode(link.substring(start + "?token=".length()), StandardCharsets.UTF_8);
    }

    private void addTenant(TenantName name, ClientId storefront) {
        tenants.add(new Tenant(name, "The " + name.value(), SETTINGS, TenantLook.none(), clock.instant()));
        signingKeys.add(signer.newKey(name, clock.instant()));
        clients.add(Client.storefront(storefront, name));
    }
}
