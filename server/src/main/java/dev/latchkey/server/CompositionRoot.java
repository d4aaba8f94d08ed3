package dev.latchkey.server;

import dev.latchkey.adapter.crypto.Argon2PasswordHasher;
import dev.latchkey.adapter.crypto.BoundedPasswordHasher;
import dev.latchkey.adapter.crypto.NbvcxzCommonPasswords;
import dev.latchkey.adapter.crypto.NimbusSaasTokenSigner;
import dev.latchkey.adapter.crypto.SecureRandomSecretGenerator;
import dev.latchkey.adapter.crypto.SupportedHashFormats;
import dev.latchkey.adapter.mail.JteMailComposer;
import dev.latchkey.adapter.metrics.MicrometerMetrics;
import dev.latchkey.adapter.persistence.Persistence;
import dev.latchkey.adapter.web.WebUseCases;
import dev.latchkey.application.port.in.account.AccountUseCases;
import dev.latchkey.application.port.in.address.AddressUseCases;
import dev.latchkey.application.port.in.admin.AdminUseCases;
import dev.latchkey.application.port.in.client.ClientUseCases;
import dev.latchkey.application.port.in.customer.CustomerTransferUseCases;
import dev.latchkey.application.port.in.email.EmailChangeUseCases;
import dev.latchkey.application.port.in.mail.DeliverQueuedMailUseCase;
import dev.latchkey.application.port.in.mail.MailUseCases;
import dev.latchkey.application.port.in.password.PasswordUseCases;
import dev.latchkey.application.port.in.profile.ProfileUseCases;
import dev.latchkey.application.port.in.retention.UpkeepUseCases;
import dev.latchkey.application.port.in.session.SessionUseCases;
import dev.latchkey.application.port.in.signup.SignupUseCases;
import dev.latchkey.application.port.in.tenant.ConfigureTenantUseCase;
import dev.latchkey.application.port.in.tenant.ProvisionFirstStartUseCase;
import dev.latchkey.application.port.in.tenant.TenantUseCases;
import dev.latchkey.application.port.in.token.LoginUseCase;
import dev.latchkey.application.port.in.token.TokenUseCases;
import dev.latchkey.application.port.out.MailComposer;
import dev.latchkey.application.port.out.MailOutbox;
import dev.latchkey.application.port.out.MailQuota;
import dev.latchkey.application.port.out.MailSender;
import dev.latchkey.application.port.out.PasswordHasher;
import dev.latchkey.application.port.out.SaasTokenSigner;
import dev.latchkey.application.port.out.SecretGenerator;
import dev.latchkey.application.port.out.SecurityEventLog;
import dev.latchkey.application.port.out.Transactions;
import dev.latchkey.application.service.DeferredWork;
import dev.latchkey.application.service.MailLinks;
import dev.latchkey.application.service.MailedTokens;
import dev.latchkey.application.service.account.AccountOverviewService;
import dev.latchkey.application.service.account.AddInternalLoginService;
import dev.latchkey.application.service.account.DeleteAccountService;
import dev.latchkey.application.service.account.ExportAccountService;
import dev.latchkey.application.service.account.ListSecurityEventsService;
import dev.latchkey.application.service.account.RequestAccountDeletionService;
import dev.latchkey.application.service.address.AddAddressService;
import dev.latchkey.application.service.address.ChangeAddressTagsService;
import dev.latchkey.application.service.address.DeleteAddressService;
import dev.latchkey.application.service.address.GetAddressService;
import dev.latchkey.application.service.address.ListAddressesService;
import dev.latchkey.application.service.address.UpdateAddressService;
import dev.latchkey.application.service.admin.BlockCustomerService;
import dev.latchkey.application.service.admin.DeleteCustomerService;
import dev.latchkey.application.service.admin.GetCustomerService;
import dev.latchkey.application.service.admin.ListCustomersService;
import dev.latchkey.application.service.admin.UnblockCustomerService;
import dev.latchkey.application.service.client.CreateClientService;
import dev.latchkey.application.service.client.ListClientsService;
import dev.latchkey.application.service.client.RevokeClientService;
import dev.latchkey.application.service.customer.ExportCustomersService;
import dev.latchkey.application.service.customer.ImportCustomersService;
import dev.latchkey.application.service.email.ConfirmEmailChangeService;
import dev.latchkey.application.service.email.RequestEmailChangeService;
import dev.latchkey.application.service.email.UndoEmailChangeService;
import dev.latchkey.application.service.mail.DeliverQueuedMailService;
import dev.latchkey.application.service.mail.ListFailedMailsService;
import dev.latchkey.application.service.mail.ReadMailboxService;
import dev.latchkey.application.service.password.ChangePasswordService;
import dev.latchkey.application.service.password.PasswordReplacer;
import dev.latchkey.application.service.password.PasswordResetMailer;
import dev.latchkey.application.service.password.RequestPasswordResetService;
import dev.latchkey.application.service.password.ResetPasswordService;
import dev.latchkey.application.service.password.SetPasswordService;
import dev.latchkey.application.service.password.TriggerPasswordResetService;
import dev.latchkey.application.service.password.ValidatePasswordService;
import dev.latchkey.application.service.profile.GetProfileService;
import dev.latchkey.application.service.profile.UpdateProfileService;
import dev.latchkey.application.service.retention.PurgeExpiredRecordsService;
import dev.latchkey.application.service.retention.ResumeDeferredWorkService;
import dev.latchkey.application.service.session.EndOtherSessionsService;
import dev.latchkey.application.service.session.EndSessionService;
import dev.latchkey.application.service.session.KeepSessionAliveService;
import dev.latchkey.application.service.session.ListSessionsService;
import dev.latchkey.application.service.signup.ActivationMailer;
import dev.latchkey.application.service.signup.ActivationResender;
import dev.latchkey.application.service.signup.ConfirmSignupService;
import dev.latchkey.application.service.signup.ResendActivationService;
import dev.latchkey.application.service.signup.SignUpService;
import dev.latchkey.application.service.signup.SignupCompleter;
import dev.latchkey.application.service.tenant.ConfigureTenantService;
import dev.latchkey.application.service.tenant.CreateTenantService;
import dev.latchkey.application.service.tenant.FindTenantService;
import dev.latchkey.application.service.tenant.ListTenantsService;
import dev.latchkey.application.service.tenant.ProvisionFirstStartService;
import dev.latchkey.application.service.token.AuthenticateService;
import dev.latchkey.application.service.token.CustomerTokenFactory;
import dev.latchkey.application.service.token.FailedLoginCounter;
import dev.latchkey.application.service.token.GetPublicKeysService;
import dev.latchkey.application.service.token.IssueAnonymousTokenService;
import dev.latchkey.application.service.token.IssueServiceTokenService;
import dev.latchkey.application.service.token.LoginEventRecorder;
import dev.latchkey.application.service.token.LoginService;
import dev.latchkey.application.service.token.LogoutService;
import dev.latchkey.application.service.token.RefreshTokensService;
import dev.latchkey.application.service.token.ThrottledLoginService;
import dev.latchkey.domain.policy.LoginThrottlePolicy;
import dev.latchkey.domain.policy.PasswordPolicy;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one composition root: every service is built here with {@code new}, by one small factory method per
 * area that returns the area's record of use cases. The server and the commands both use it; only what an
 * area needs is built when it is asked for.
 */
final class CompositionRoot {

    private static final Logger LOG = LoggerFactory.getLogger(CompositionRoot.class);
    private static final Duration HASHING_MAX_WAIT = Duration.ofSeconds(2);
    private static final Duration HASHING_RETRY_AFTER = Duration.ofSeconds(1);
    private static final int MAILS_PER_KIND_AND_HOUR = 5;
    static final Duration MAIL_QUOTA_PERIOD = Duration.ofHours(1);

    private final Config config;
    private final Clock clock;
    private final Persistence persistence;
    private final MicrometerMetrics metrics;
    private final Executor background;
    private final AtomicReference<String> publicUrl;
    private final SecretGenerator secrets = new SecureRandomSecretGenerator(new SecureRandom());
    private final Transactions transactions;
    private final SecurityEventLog events;
    private final MailOutbox outbox;
    private final MailComposer composer = new JteMailComposer();
    private final MailLinks links;
    private final MailQuota mailQuota;
    private final SaasTokenSigner signer;
    private final Argon2PasswordHasher argon2;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;

    /** @param background where requests hand off work so that their answer does not wait for it */
    CompositionRoot(
            Config config, Clock clock, Persistence persistence, MicrometerMetrics metrics, Executor background) {
        this.config = config;
        this.clock = clock;
        this.persistence = persistence;
        this.metrics = metrics;
        this.background = background;
        this.publicUrl = new AtomicReference<>(config.publicUrl().orElse(null));
        this.transactions = persistence.transactions();
        this.events = persistence.securityEvents();
        this.outbox = metrics.counting(persistence.mailOutbox());
        this.links = new MailLinks(publicUrl::get);
        this.mailQuota = persistence.mailQuota(MAILS_PER_KIND_AND_HOUR, MAIL_QUOTA_PERIOD);
        this.signer = new NimbusSaasTokenSigner(secrets, publicUrl::get);
        int concurrentHashes = concurrentHashes();
        this.argon2 = new Argon2PasswordHasher(concurrentHashes);
        this.hasher = new BoundedPasswordHasher(
                metrics.timed(argon2), concurrentHashes, HASHING_MAX_WAIT, HASHING_RETRY_AFTER);
        this.policy = new PasswordPolicy(NbvcxzCommonPasswords.loadInBackground());
    }

    /** Links in mails point at {@code http://localhost:<port>} when the configuration names no public URL. */
    void servingOn(int port) {
        publicUrl.compareAndSet(null, "http://localhost:" + port);
    }

    /** The base of every link in a mail. */
    String publicUrl() {
        return publicUrl.get();
    }

    /**
     * What the very first start of a database provisions, whichever opens it first, the server or a
     * command: the default tenant with its clients, and the admin secret printed once to {@code console}
     * when the configuration gives none. Every start gives the default tenant the values the
     * configuration sets for it.
     */
    void firstStart(PrintStream console) {
        TenantUseCases tenants = tenants();
        var result = tenants.provisionFirstStart()
                .provision(new ProvisionFirstStartUseCase.Command(
                        config.defaultTenant(), config.bootstrapAdminSecret(), config.customerNumberStart()));
        if (result instanceof ProvisionFirstStartUseCase.Provisioned provisioned) {
            LOG.info(
                    "First start: created tenant {} with storefront client {} and service client {}",
                    provisioned.tenant(),
                    provisioned.storefront(),
                    provisioned.admin());
            provisioned
                    .generatedAdminSecret()
                    .ifPresent(secret -> console.println("\nThe secret of service client " + provisioned.admin()
                            + " is shown this once; keep it safe:\n\n    " + secret + "\n"));
        }
        Config.TenantOverrides overrides = config.tenantOverrides();
        if (overrides.isEmpty()) {
            return;
        }
        var command = new ConfigureTenantUseCase.Command(
                config.defaultTenant(),
                overrides.displayName(),
                overrides.logoUrl(),
                overrides.primaryColor(),
                overrides.supportEmail(),
                overrides.linkBase(),
                overrides.returnUrls(),
                Map.of());
        if (tenants.configure().configure(command) instanceof ConfigureTenantUseCase.UnknownTenant unknown) {
            throw new ConfigException("LATCHKEY_TENANT_* values are set, but the tenant " + unknown.tenant()
                    + " named by LATCHKEY_DEFAULT_TENANT does not exist in this database (the default tenant is the one"
                    + " created on the first start)");
        }
        LOG.info("Tenant {} takes its configured LATCHKEY_TENANT_* values", config.defaultTenant());
    }

    /** As many hashes at once as there are processors: more would only queue for CPU while holding 19 MiB each. */
    private static int concurrentHashes() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    WebUseCases web() {
        return new WebUseCases(
                tenants(),
                tokens(),
                signup(),
                passwords(),
                emailChange(),
                profile(),
                addresses(),
                sessions(),
                account(),
                admin(),
                mail());
    }

    TenantUseCases tenants() {
        return new TenantUseCases(
                new FindTenantService(persistence.tenants()),
                new CreateTenantService(
                        persistence.tenants(),
                        persistence.clients(),
                        persistence.signingKeys(),
                        signer,
                        transactions,
                        clock),
                new ListTenantsService(persistence.tenants()),
                new ConfigureTenantService(persistence.tenants(), transactions),
                new ProvisionFirstStartService(
                        persistence.tenants(),
                        persistence.clients(),
                        persistence.signingKeys(),
                        signer,
                        secrets,
                        transactions,
                        clock));
    }

    ClientUseCases clients() {
        return new ClientUseCases(
                new CreateClientService(persistence.tenants(), persistence.clients(), secrets, transactions),
                new ListClientsService(persistence.tenants(), persistence.clients()),
                new RevokeClientService(persistence.clients(), persistence.accessGrants(), transactions, clock));
    }

    CustomerTransferUseCases customerTransfer() {
        return new CustomerTransferUseCases(
                new ImportCustomersService(
                        persistence.tenants(),
                        persistence.customerImport(),
                        new SupportedHashFormats(),
                        transactions,
                        clock),
                new ExportCustomersService(persistence.tenants(), persistence.customerImport()));
    }

    TokenUseCases tokens() {
        LoginUseCase login = new LoginService(
                persistence.tenants(),
                persistence.customers(),
                hasher,
                policy,
                transactions,
                tokenFactory(),
                clock,
                argon2.decoy(),
                events,
                deferredWork());
        return new TokenUseCases(
                new AuthenticateService(persistence.accessGrants(), clock),
                new IssueAnonymousTokenService(
                        persistence.tenants(), persistence.clients(), persistence.accessGrants(), secrets, clock),
                new IssueServiceTokenService(
                        persistence.tenants(), persistence.clients(), persistence.accessGrants(), secrets, clock),
                metrics.countingLogins(new ThrottledLoginService(login, failedLogins(), deferredWork(), clock)),
                metrics.countingRefreshes(new RefreshTokensService(
                        persistence.tenants(),
                        persistence.customers(),
                        persistence.loginSessions(),
                        transactions,
                        tokenFactory(),
                        clock,
                        events)),
                new LogoutService(persistence.loginSessions(), transactions, clock, events),
                new GetPublicKeysService(persistence.tenants(), persistence.signingKeys(), signer));
    }

    SignupUseCases signup() {
        return new SignupUseCases(
                new SignUpService(persistence.tenants(), hasher, policy, deferredWork()),
                new ConfirmSignupService(mailedTokens(), persistence.customers(), tokenFactory(), events),
                new ResendActivationService(deferredWork()));
    }

    PasswordUseCases passwords() {
        return new PasswordUseCases(
                new RequestPasswordResetService(deferredWork()),
                new ResetPasswordService(mailedTokens(), hasher, policy, passwordReplacer(), failedLogins()),
                new ChangePasswordService(
                        persistence.tenants(),
                        persistence.customers(),
                        hasher,
                        policy,
                        passwordReplacer(),
                        failedLogins(),
                        transactions,
                        clock),
                new ValidatePasswordService(policy));
    }

    EmailChangeUseCases emailChange() {
        return new EmailChangeUseCases(
                new RequestEmailChangeService(
                        persistence.tenants(),
                        persistence.customers(),
                        persistence.emailTokens(),
                        hasher,
                        policy,
                        composer,
                        outbox,
                        links,
                        secrets,
                        events,
                        failedLogins(),
                        mailQuota,
                        transactions,
                        clock),
                new ConfirmEmailChangeService(
                        mailedTokens(),
                        persistence.customers(),
                        persistence.emailTokens(),
                        composer,
                        outbox,
                        links,
                        secrets,
                        events,
                        persistence.profiles()),
                new UndoEmailChangeService(
                        mailedTokens(),
                        persistence.customers(),
                        persistence.emailTokens(),
                        persistence.loginSessions(),
                        events));
    }

    ProfileUseCases profile() {
        return new ProfileUseCases(
                new GetProfileService(
                        persistence.customers(), persistence.profiles(), persistence.addresses(), transactions),
                new UpdateProfileService(
                        persistence.customers(), persistence.profiles(), persistence.addresses(), transactions));
    }

    AddressUseCases addresses() {
        return new AddressUseCases(
                new AddAddressService(persistence.customers(), persistence.addresses(), transactions),
                new ListAddressesService(persistence.customers(), persistence.addresses()),
                new GetAddressService(persistence.customers(), persistence.addresses()),
                new UpdateAddressService(persistence.customers(), persistence.addresses(), transactions),
                new DeleteAddressService(persistence.customers(), persistence.addresses(), transactions),
                new ChangeAddressTagsService(persistence.customers(), persistence.addresses(), transactions));
    }

    SessionUseCases sessions() {
        return new SessionUseCases(
                new ListSessionsService(persistence.tenants(), persistence.loginSessions(), clock),
                new EndSessionService(persistence.loginSessions(), events, transactions, clock),
                new EndOtherSessionsService(persistence.loginSessions(), events, transactions, clock),
                new KeepSessionAliveService(persistence.loginSessions(), clock));
    }

    AccountUseCases account() {
        ListSecurityEventsService listEvents = new ListSecurityEventsService(events);
        return new AccountUseCases(
                listEvents,
                new ExportAccountService(
                        persistence.tenants(),
                        persistence.customers(),
                        persistence.loginSessions(),
                        events,
                        transactions,
                        clock,
                        persistence.profiles(),
                        persistence.addresses()),
                new RequestAccountDeletionService(
                        persistence.tenants(),
                        persistence.customers(),
                        persistence.emailTokens(),
                        composer,
                        outbox,
                        links,
                        secrets,
                        events,
                        mailQuota,
                        transactions,
                        clock),
                new DeleteAccountService(mailedTokens(), persistence.customers(), outbox, events),
                new AddInternalLoginService(persistence.customers(), hasher, policy, transactions),
                new AccountOverviewService(profile().get(), sessions().list(), listEvents));
    }

    AdminUseCases admin() {
        return new AdminUseCases(
                new ListCustomersService(persistence.customers()),
                new GetCustomerService(persistence.customers()),
                new BlockCustomerService(
                        persistence.customers(), persistence.loginSessions(), events, transactions, clock),
                new UnblockCustomerService(persistence.customers(), events, transactions, clock),
                new DeleteCustomerService(persistence.customers(), events, transactions, clock),
                new TriggerPasswordResetService(deferredWork()),
                new SetPasswordService(
                        persistence.tenants(),
                        persistence.customers(),
                        hasher,
                        policy,
                        passwordReplacer(),
                        transactions,
                        clock));
    }

    MailUseCases mail() {
        return new MailUseCases(new ReadMailboxService(outbox), new ListFailedMailsService(outbox));
    }

    /** Delivery of the outbox through {@code sender}: for the outbox worker, when a mail server is configured. */
    DeliverQueuedMailUseCase mailDelivery(MailSender sender) {
        return new DeliverQueuedMailService(outbox, sender, clock);
    }

    UpkeepUseCases upkeep() {
        return new UpkeepUseCases(
                new ResumeDeferredWorkService(deferredWork()),
                new PurgeExpiredRecordsService(
                        persistence.expiredRecords(), config.keepExpired(), MAIL_QUOTA_PERIOD, clock));
    }

    private MailedTokens mailedTokens() {
        return new MailedTokens(
                persistence.tenants(), persistence.emailTokens(), persistence.customers(), transactions, clock);
    }

    private CustomerTokenFactory tokenFactory() {
        return new CustomerTokenFactory(
                secrets, persistence.accessGrants(), persistence.loginSessions(), persistence.signingKeys(), signer);
    }

    private FailedLoginCounter failedLogins() {
        return new FailedLoginCounter(
                persistence.loginFailures(),
                new LoginThrottlePolicy(config.loginMaxFailures(), config.addressMaxFailures()));
    }

    private ActivationMailer activationMailer() {
        return new ActivationMailer(persistence.emailTokens(), composer, outbox, links, secrets, mailQuota);
    }

    private PasswordReplacer passwordReplacer() {
        return new PasswordReplacer(
                persistence.customers(),
                persistence.emailTokens(),
                persistence.loginSessions(),
                composer,
                outbox,
                links,
                events);
    }

    private DeferredWork deferredWork() {
        PasswordResetMailer resetMailer = new PasswordResetMailer(
                persistence.tenants(),
                persistence.customers(),
                persistence.emailTokens(),
                composer,
                outbox,
                links,
                secrets,
                mailQuota,
                persistence.profiles(),
                transactions,
                clock);
        ActivationResender activationResender = new ActivationResender(
                persistence.tenants(), persistence.customers(), activationMailer(), transactions, clock);
        SignupCompleter signups = new SignupCompleter(
                persistence.tenants(),
                persistence.customers(),
                persistence.profiles(),
                persistence.addresses(),
                activationMailer(),
                composer,
                outbox,
                links,
                mailQuota,
                clock);
        return new DeferredWork(
                persistence.deferredRequests(),
                List.of(
                        resetMailer,
                        activationResender,
                        signups,
                        LoginEventRecorder.failedLogins(persistence.customers(), events),
                        LoginEventRecorder.throttledLogins(persistence.customers(), events)),
                transactions,
                secrets,
                clock,
                background);
    }
}
