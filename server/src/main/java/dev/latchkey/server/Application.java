package dev.latchkey.server;

import dev.latchkey.adapter.crypto.Argon2PasswordHasher;
import dev.latchkey.adapter.crypto.BoundedPasswordHasher;
import dev.latchkey.adapter.crypto.NbvcxzCommonPasswords;
import dev.latchkey.adapter.crypto.NimbusSaasTokenSigner;
import dev.latchkey.adapter.crypto.SecureRandomSecretGenerator;
import dev.latchkey.adapter.mail.JteMailComposer;
import dev.latchkey.adapter.metrics.CountingMailOutbox;
import dev.latchkey.adapter.metrics.TimedPasswordHasher;
import dev.latchkey.adapter.mail.OutboxWorker;
import dev.latchkey.adapter.mail.SmtpMailSender;
import dev.latchkey.adapter.mail.SmtpSettings;
import dev.latchkey.adapter.persistence.CommandAccess;
import dev.latchkey.adapter.persistence.DatabaseSettings;
import dev.latchkey.adapter.persistence.Persistence;
import dev.latchkey.adapter.web.WebAdapter;
import dev.latchkey.adapter.web.WebSettings;
import dev.latchkey.adapter.web.WebUseCases;
import dev.latchkey.application.port.in.tenant.ConfigureTenantUseCase;
import dev.latchkey.application.port.in.tenant.ProvisionFirstStartUseCase;
import dev.latchkey.application.port.out.MailComposer;
import dev.latchkey.application.port.out.MailOutbox;
import dev.latchkey.application.port.out.MailQuota;
import dev.latchkey.application.port.out.PasswordHasher;
import dev.latchkey.application.port.out.SaasTokenSigner;
import dev.latchkey.application.port.out.SecretGenerator;
import dev.latchkey.application.port.out.SecurityEventLog;
import dev.latchkey.application.port.out.Transactions;
import dev.latchkey.application.service.DeferredMails;
import dev.latchkey.application.service.MailLinks;
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
import dev.latchkey.application.service.email.ConfirmEmailChangeService;
import dev.latchkey.application.service.email.RequestEmailChangeService;
import dev.latchkey.application.service.email.UndoEmailChangeService;
import dev.latchkey.application.service.mail.DeferredMailHandlers;
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
import dev.latchkey.application.service.session.EndOtherSessionsService;
import dev.latchkey.application.service.session.EndSessionService;
import dev.latchkey.application.service.session.KeepSessionAliveService;
import dev.latchkey.application.service.session.ListSessionsService;
import dev.latchkey.application.service.signup.ActivationMailer;
import dev.latchkey.application.service.signup.ActivationResender;
import dev.latchkey.application.service.signup.ConfirmSignupService;
import dev.latchkey.application.service.signup.ResendActivationService;
import dev.latchkey.application.service.signup.SignUpService;
import dev.latchkey.application.service.tenant.ConfigureTenantService;
import dev.latchkey.application.service.tenant.FindTenantService;
import dev.latchkey.application.service.tenant.ProvisionFirstStartService;
import dev.latchkey.application.service.token.AuthenticateService;
import dev.latchkey.application.service.token.CustomerTokenFactory;
import dev.latchkey.application.service.token.FailedLoginCounter;
import dev.latchkey.application.service.token.GetPublicKeysService;
import dev.latchkey.application.service.token.IssueAnonymousTokenService;
import dev.latchkey.application.service.token.IssueServiceTokenService;
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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The composition root: builds every adapter and service with {@code new}, in dependency order, and runs them. */
public final class Application implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Application.class);
    private static final long MAX_REQUEST_BYTES = 64 * 1024;
    private static final Duration OUTBOX_INTERVAL = Duration.ofMillis(500);
    private static final Duration HASHING_MAX_WAIT = Duration.ofSeconds(2);
    private static final Duration HASHING_RETRY_AFTER = Duration.ofSeconds(1);
    private static final int MAILS_PER_KIND_AND_HOUR = 5;
    private static final Duration MAIL_QUOTA_PERIOD = Duration.ofHours(1);

    private final Persistence persistence;
    private final Optional<CommandAccess> commandAccess;
    private final WebAdapter web;
    private final Optional<OutboxWorker> outboxWorker;
    private final Housekeeping housekeeping;
    private final Optional<SmtpMailSender> smtpSender;
    private final String publicUrl;
    private final BackgroundWork background;
    private final Monitoring monitoring;
    private final Duration shutdownDelay;

    private Application(Persistence persistence, Optional<CommandAccess> commandAccess, WebAdapter web,
                        Optional<OutboxWorker> outboxWorker, Housekeeping housekeeping,
                        Optional<SmtpMailSender> smtpSender, String publicUrl, BackgroundWork background,
                        Monitoring monitoring, Duration shutdownDelay) {
        this.persistence = persistence;
        this.commandAccess = commandAccess;
        this.web = web;
        this.outboxWorker = outboxWorker;
        this.housekeeping = housekeeping;
        this.smtpSender = smtpSender;
        this.publicUrl = publicUrl;
        this.background = background;
        this.monitoring = monitoring;
        this.shutdownDelay = shutdownDelay;
    }

    /**
     * Opens the database (and, on the embedded one, the loopback door for commands), provisions the
     * default tenant on the very first start, and starts serving. A generated admin secret is printed
     * once to {@code console}.
     */
    public static Application start(Config config, Clock clock, PrintStream console) {
        Monitoring monitoring = new Monitoring(config.observability().metricsToken());
        Persistence persistence;
        try {
            persistence = Persistence.open(databaseSettings(config), monitoring.meters());
        } catch (RuntimeException e) {
            monitoring.close();
            throw e;
        }
        Optional<CommandAccess> commandAccess = Optional.empty();
        try {
            monitoring.watchDatabase(persistence);
            if (config.dbUrl().isEmpty()) {
                commandAccess = Optional.of(CommandAccess.open(config.dataDir(), new SecureRandom()));
            }
            return wire(config, clock, console, persistence, commandAccess, monitoring);
        } catch (RuntimeException e) {
            commandAccess.ifPresent(CommandAccess::close);
            persistence.close();
            monitoring.close();
            throw e;
        }
    }

    private static Application wire(Config config, Clock clock, PrintStream console, Persistence persistence,
                                    Optional<CommandAccess> commandAccess, Monitoring monitoring) {
        AtomicReference<String> publicUrl = new AtomicReference<>(config.publicUrl().orElse(null));
        SecretGenerator secrets = new SecureRandomSecretGenerator(new SecureRandom());
        int concurrentHashes = concurrentHashes();
        Argon2PasswordHasher argon2 = new Argon2PasswordHasher(concurrentHashes);
        PasswordHasher hasher = new BoundedPasswordHasher(new TimedPasswordHasher(argon2, monitoring.meters()),
                concurrentHashes, HASHING_MAX_WAIT, HASHING_RETRY_AFTER);
        PasswordPolicy policy = new PasswordPolicy(NbvcxzCommonPasswords.loadInBackground());
        SaasTokenSigner signer = new NimbusSaasTokenSigner(secrets, publicUrl::get);
        Transactions transactions = persistence.transactions();
        MailOutbox outbox = new CountingMailOutbox(persistence.mailOutbox(), monitoring.meters());
        MailComposer composer = new JteMailComposer();
        MailLinks links = new MailLinks(publicUrl::get);
        MailQuota mailQuota = persistence.mailQuota(MAILS_PER_KIND_AND_HOUR, MAIL_QUOTA_PERIOD);
        SecurityEventLog events = persistence.securityEvents();

        provisionFirstStart(config, clock, console, persistence, signer, secrets, transactions);
        configureDefaultTenant(config, persistence, transactions);

        CustomerTokenFactory tokenFactory = new CustomerTokenFactory(secrets, persistence.accessGrants(),
                persistence.loginSessions(), persistence.signingKeys(), signer);
        ActivationMailer activationMailer = new ActivationMailer(persistence.emailTokens(), composer, outbox, links, secrets,
                mailQuota);
        BackgroundWork background = new BackgroundWork();
        PasswordResetMailer resetMailer = new PasswordResetMailer(persistence.tenants(), persistence.customers(),
                persistence.emailTokens(), composer, outbox, links, secrets, mailQuota, persistence.profiles(), transactions, clock);
        DeferredMails deferredMails = new DeferredMails(persistence.deferredMailRequests(), DeferredMailHandlers.of(resetMailer,
                new ActivationResender(persistence.tenants(), persistence.customers(), activationMailer, transactions, clock)),
                transactions, secrets, clock, background);
        PasswordReplacer passwordReplacer = new PasswordReplacer(persistence.customers(), persistence.emailTokens(),
                persistence.loginSessions(), composer, outbox, links, events);
        FailedLoginCounter failedLogins = new FailedLoginCounter(persistence.loginFailures(),
                new LoginThrottlePolicy(config.loginMaxFailures(), config.addressMaxFailures()));
        WebUseCases useCases = new WebUseCases(
                new FindTenantService(persistence.tenants()),
                new AuthenticateService(persistence.accessGrants(), clock),
                new IssueAnonymousTokenService(persistence.tenants(), persistence.clients(), persistence.accessGrants(),
                        secrets, clock),
                new IssueServiceTokenService(persistence.tenants(), persistence.clients(), persistence.accessGrants(),
                        secrets, clock),
                monitoring.countingLogins(new ThrottledLoginService(new LoginService(persistence.tenants(),
                        persistence.customers(), hasher, policy, transactions, tokenFactory, clock,
                        argon2.decoy(), events), failedLogins, persistence.customers(), events,
                        clock)),
                new RefreshTokensService(persistence.tenants(), persistence.customers(), persistence.loginSessions(),
                        transactions, tokenFactory, clock, events),
                new LogoutService(persistence.loginSessions(), transactions, clock, events),
                new GetPublicKeysService(persistence.tenants(), persistence.signingKeys(), signer),
                new SignUpService(persistence.tenants(), persistence.customers(), hasher, policy, activationMailer, composer,
                        outbox, links, transactions, clock, mailQuota, persistence.profiles(), persistence.addresses()),
                new ConfirmSignupService(persistence.tenants(), persistence.customers(), persistence.emailTokens(),
                        transactions, tokenFactory, clock, events),
                new ResendActivationService(deferredMails),
                new ReadMailboxService(outbox),
                new ListFailedMailsService(outbox),
                new RequestPasswordResetService(deferredMails),
                new ResetPasswordService(persistence.tenants(), persistence.customers(), persistence.emailTokens(), hasher,
                        policy, passwordReplacer, failedLogins, transactions, clock),
                new ChangePasswordService(persistence.tenants(), persistence.customers(), hasher, policy, passwordReplacer,
                        failedLogins, transactions, clock),
                new ValidatePasswordService(policy),
                new TriggerPasswordResetService(deferredMails),
                new SetPasswordService(persistence.tenants(), persistence.customers(), hasher, policy, passwordReplacer,
                        transactions, clock),
                new ListCustomersService(persistence.customers()),
                new GetCustomerService(persistence.customers()),
                new BlockCustomerService(persistence.customers(), persistence.loginSessions(), events, transactions, clock),
                new UnblockCustomerService(persistence.customers(), events, transactions, clock),
                new DeleteCustomerService(persistence.customers(), events, transactions, clock),
                new RequestEmailChangeService(persistence.tenants(), persistence.customers(), persistence.emailTokens(), hasher,
                        policy, composer, outbox, links, secrets, events, failedLogins, mailQuota, transactions, clock),
                new ConfirmEmailChangeService(persistence.tenants(), persistence.customers(), persistence.emailTokens(), composer,
                        outbox, links, secrets, events, persistence.profiles(), transactions, clock),
                new UndoEmailChangeService(persistence.tenants(), persistence.customers(), persistence.emailTokens(),
                        persistence.loginSessions(), events, transactions, clock),
                new RequestAccountDeletionService(persistence.tenants(), persistence.customers(), persistence.emailTokens(),
                        composer, outbox, links, secrets, events, mailQuota, transactions, clock),
                new DeleteAccountService(persistence.tenants(), persistence.customers(), persistence.emailTokens(), outbox,
                        events, transactions, clock),
                new ListSessionsService(persistence.tenants(), persistence.loginSessions(), clock),
                new EndSessionService(persistence.loginSessions(), events, transactions, clock),
                new EndOtherSessionsService(persistence.loginSessions(), events, transactions, clock),
                new ListSecurityEventsService(events),
                new ExportAccountService(persistence.tenants(), persistence.customers(), persistence.loginSessions(), events,
                        transactions, clock, persistence.profiles(), persistence.addresses()),
                new GetProfileService(persistence.customers(), persistence.profiles(), persistence.addresses(), transactions),
                new UpdateProfileService(persistence.customers(), persistence.profiles(), persistence.addresses(), transactions),
                new AddAddressService(persistence.customers(), persistence.addresses(), transactions),
                new ListAddressesService(persistence.customers(), persistence.addresses()),
                new GetAddressService(persistence.customers(), persistence.addresses()),
                new UpdateAddressService(persistence.customers(), persistence.addresses(), transactions),
                new DeleteAddressService(persistence.customers(), persistence.addresses(), transactions),
                new ChangeAddressTagsService(persistence.customers(), persistence.addresses(), transactions),
                new AddInternalLoginService(persistence.customers(), hasher, policy, transactions),
                new KeepSessionAliveService(persistence.loginSessions(), clock));

        WebSettings webSettings = new WebSettings(config.httpHost(), config.httpPort(), config.smtp().isEmpty(),
                MAX_REQUEST_BYTES, config.publicUrl().map(url -> url.startsWith("https:")).orElse(false), clock,
                config.trustedProxies());
        WebAdapter web = new WebAdapter(webSettings, useCases, monitoring).start();
        publicUrl.compareAndSet(null, "http://localhost:" + web.port());

        Optional<SmtpMailSender> smtpSender = config.smtp().map(Application::smtpSender);
        if (config.dbUrl().isEmpty()) {
            // the embedded database is open in this process only: a claim in it is left by a process that died
            persistence.releaseMailClaims();
        }
        Optional<OutboxWorker> worker = smtpSender.map(sender ->
                new OutboxWorker(new DeliverQueuedMailService(outbox, sender, clock), OUTBOX_INTERVAL));
        worker.ifPresent(OutboxWorker::start);
        monitoring.watchOutbox(worker);
        Housekeeping housekeeping = new Housekeeping(deferredMails,
                new PurgeExpiredRecordsService(persistence.expiredRecords(), config.keepExpired(), MAIL_QUOTA_PERIOD, clock),
                monitoring::countPurged, clock, Housekeeping.intervalFor(config.keepExpired())).start();

        if (!config.trustedProxies().isEmpty()) {
            LOG.info("Client addresses come from X-Forwarded-For on connections from {}", config.trustedProxies());
        }
        LOG.info("Latchkey serving on http://{}:{} (links in mails use {}; mail {})", config.httpHost(), web.port(),
                publicUrl.get(), smtpSender.isPresent() ? "goes out over SMTP" : "is kept at " + publicUrl.get() + "/dev/mailbox");
        return new Application(persistence, commandAccess, web, worker, housekeeping, smtpSender, publicUrl.get(), background,
                monitoring, config.observability().shutdownDelay());
    }

    private static void provisionFirstStart(Config config, Clock clock, PrintStream console, Persistence persistence,
                                            SaasTokenSigner signer, SecretGenerator secrets, Transactions transactions) {
        var provisioning = new ProvisionFirstStartService(persistence.tenants(), persistence.clients(),
                persistence.signingKeys(), signer, secrets, transactions, clock);
        var result = provisioning.provision(new ProvisionFirstStartUseCase.Command(config.defaultTenant(),
                config.bootstrapAdminSecret(), config.customerNumberStart()));
        if (result instanceof ProvisionFirstStartUseCase.Provisioned provisioned) {
            LOG.info("First start: created tenant {} with storefront client {} and service client {}",
                    provisioned.tenant(), provisioned.storefront(), provisioned.admin());
            provisioned.generatedAdminSecret().ifPresent(secret -> console.println(
                    "\nThe secret of service client " + provisioned.admin() + " is shown this once; keep it safe:\n\n    "
                            + secret + "\n"));
        }
    }

    /** Gives the default tenant the values the configuration sets for it, on every start. */
    private static void configureDefaultTenant(Config config, Persistence persistence, Transactions transactions) {
        Config.TenantOverrides overrides = config.tenantOverrides();
        if (overrides.isEmpty()) {
            return;
        }
        var command = new ConfigureTenantUseCase.Command(config.defaultTenant(), overrides.displayName(), overrides.logoUrl(),
                overrides.primaryColor(), overrides.supportEmail(), overrides.linkBase(), overrides.returnUrls(), Map.of());
        var result = new ConfigureTenantService(persistence.tenants(), transactions).configure(command);
        if (result instanceof ConfigureTenantUseCase.UnknownTenant unknown) {
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

    private static DatabaseSettings databaseSettings(Config config) {
        String url = config.dbUrl().orElseGet(() -> Persistence.embeddedUrl(config.dataDir()));
        return new DatabaseSettings(url, config.dbUser().orElse(null), config.dbPassword().orElse(null), config.dbPoolSize());
    }

    private static SmtpMailSender smtpSender(Config.Smtp smtp) {
        return new SmtpMailSender(new SmtpSettings(smtp.host(), smtp.port(), smtp.username(), smtp.password(),
                smtp.transport(), smtp.from()));
    }

    public int port() {
        return web.port();
    }

    public String publicUrl() {
        return publicUrl;
    }

    /** The HTTP routes served, as {@code METHOD path}. */
    public java.util.List<String> routes() {
        return web.routes();
    }

    /**
     * Answers readiness with 503 (for the configured delay, so load balancers stop sending), then stops taking
     * requests, lets those in flight finish, stops the outbox worker and the housekeeping and closes the database.
     */
    @Override
    public void close() {
        monitoring.shutdownStarted();
        if (!shutdownDelay.isZero()) {
            LOG.info("Shutting down: not ready, taking requests for {} s more", shutdownDelay.toSeconds());
            try {
                Thread.sleep(shutdownDelay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        web.close();
        background.close();
        outboxWorker.ifPresent(worker -> {
            try {
                worker.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        housekeeping.close();
        smtpSender.ifPresent(SmtpMailSender::close);
        commandAccess.ifPresent(CommandAccess::close);
        persistence.close();
        monitoring.close();
        LOG.info("Latchkey stopped");
    }
}
