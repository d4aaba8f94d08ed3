package dev.latchkey.server;

import dev.latchkey.adapter.mail.OutboxWorker;
import dev.latchkey.adapter.mail.SmtpMailSender;
import dev.latchkey.adapter.mail.SmtpSettings;
import dev.latchkey.adapter.metrics.MicrometerMetrics;
import dev.latchkey.adapter.persistence.CommandAccess;
import dev.latchkey.adapter.persistence.DatabaseSettings;
import dev.latchkey.adapter.persistence.DatabaseTrouble;
import dev.latchkey.adapter.persistence.Persistence;
import dev.latchkey.adapter.scheduling.BackgroundWork;
import dev.latchkey.adapter.scheduling.Housekeeping;
import dev.latchkey.adapter.web.Operations;
import dev.latchkey.adapter.web.WebAdapter;
import dev.latchkey.adapter.web.WebSettings;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A running server: the adapters that take requests and do upkeep, started on the one composition root, and their stop. */
public final class Application implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Application.class);
    private static final long MAX_REQUEST_BYTES = 64 * 1024;
    private static final Duration OUTBOX_INTERVAL = Duration.ofMillis(500);
    /** A database that has not answered by then is as good as gone, for a load balancer. */
    private static final Duration DATABASE_PROBE_TIMEOUT = Duration.ofSeconds(2);

    private final Duration shutdownDelay;
    private final WebAdapter web;
    /** What {@link #close} stops after the web adapter, in that order. */
    private final List<AutoCloseable> afterTheWeb;

    private final String publicUrl;

    private Application(Duration shutdownDelay, WebAdapter web, List<AutoCloseable> afterTheWeb, String publicUrl) {
        this.shutdownDelay = shutdownDelay;
        this.web = web;
        this.afterTheWeb = afterTheWeb;
        this.publicUrl = publicUrl;
    }

    /**
     * Opens the database (and, on the embedded one, the loopback door for commands), provisions the
     * default tenant on the very first start, and starts serving. A generated admin secret is printed
     * once to {@code console}.
     */
    public static Application start(Config config, Clock clock, PrintStream console) {
        List<AutoCloseable> opened = new ArrayList<>();
        try {
            return start(config, clock, console, opened);
        } catch (RuntimeException e) {
            closeInReverse(opened);
            throw e;
        }
    }

    private static Application start(Config config, Clock clock, PrintStream console, List<AutoCloseable> opened) {
        MicrometerMetrics metrics = opened(opened, new MicrometerMetrics().withJvmMetrics());
        Persistence persistence = opened(opened, Persistence.open(databaseSettings(config), metrics.registry()));
        metrics.watchOutboxBacklog(persistence::outboxBacklog);
        Optional<CommandAccess> commandAccess = config.dbUrl().isEmpty()
                ? Optional.of(opened(opened, CommandAccess.open(config.dataDir(), new SecureRandom())))
                : Optional.empty();
        BackgroundWork background = opened(opened, new BackgroundWork());
        CompositionRoot root = new CompositionRoot(config, clock, persistence, metrics, background);
        root.firstStart(console);

        Optional<SmtpMailSender> smtpSender = config.smtp().map(Application::smtpSender);
        smtpSender.ifPresent(sender -> opened(opened, sender));
        if (config.dbUrl().isEmpty()) {
            // the embedded database is open in this process only: a claim in it is left by a process that died
            persistence.releaseMailClaims();
        }
        Optional<OutboxWorker> worker =
                smtpSender.map(sender -> new OutboxWorker(root.mailDelivery(sender), OUTBOX_INTERVAL));
        List<Operations.ReadinessCheck> readiness = new ArrayList<>();
        readiness.add(new Operations.ReadinessCheck(
                "database",
                () -> persistence.answersWithin(DATABASE_PROBE_TIMEOUT)
                        ? Optional.empty()
                        : Optional.of("no answer to a query within " + DATABASE_PROBE_TIMEOUT.toSeconds() + " s")));
        worker.ifPresent(outbox -> readiness.add(new Operations.ReadinessCheck(
                "outbox",
                () -> outbox.isRunning() ? Optional.empty() : Optional.of("mail outbox worker not running"))));
        Operations operations = new Operations(
                metrics::requestAnswered,
                metrics::prometheusText,
                config.observability().metricsToken(),
                readiness,
                DatabaseTrouble::caused);

        WebSettings webSettings = new WebSettings(
                config.httpHost(),
                config.httpPort(),
                config.smtp().isEmpty(),
                MAX_REQUEST_BYTES,
                config.publicUrl().map(url -> url.startsWith("https:")).orElse(false),
                clock,
                config.trustedProxies());
        WebAdapter web = opened(opened, new WebAdapter(webSettings, root.web(), operations).start());
        root.servingOn(web.port());
        worker.ifPresent(outbox -> opened(opened, outbox.start()));
        Housekeeping housekeeping = opened(
                opened,
                new Housekeeping(
                                root.upkeep(),
                                metrics::countPurged,
                                clock,
                                Housekeeping.intervalFor(config.keepExpired()))
                        .start());

        if (!config.trustedProxies().isEmpty()) {
            LOG.info("Client addresses come from X-Forwarded-For on connections from {}", config.trustedProxies());
        }
        LOG.info(
                "Latchkey serving on http://{}:{} (links in mails use {}; mail {})",
                config.httpHost(),
                web.port(),
                root.publicUrl(),
                smtpSender.isPresent() ? "goes out over SMTP" : "is kept at " + root.publicUrl() + "/dev/mailbox");
        // the work requests handed off, then mail and upkeep, then what they write to
        List<AutoCloseable> afterTheWeb = new ArrayList<>(List.of(background));
        worker.ifPresent(afterTheWeb::add);
        afterTheWeb.add(housekeeping);
        smtpSender.ifPresent(afterTheWeb::add);
        commandAccess.ifPresent(afterTheWeb::add);
        afterTheWeb.add(persistence);
        afterTheWeb.add(metrics);
        return new Application(config.observability().shutdownDelay(), web, afterTheWeb, root.publicUrl());
    }

    private static <T extends AutoCloseable> T opened(List<AutoCloseable> opened, T closeable) {
        opened.add(closeable);
        return closeable;
    }

    static DatabaseSettings databaseSettings(Config config) {
        String url = config.dbUrl().orElseGet(() -> Persistence.embeddedUrl(config.dataDir()));
        return new DatabaseSettings(
                url, config.dbUser().orElse(null), config.dbPassword().orElse(null), config.dbPoolSize());
    }

    private static SmtpMailSender smtpSender(Config.Smtp smtp) {
        return new SmtpMailSender(new SmtpSettings(
                smtp.host(), smtp.port(), smtp.username(), smtp.password(), smtp.transport(), smtp.from()));
    }

    public int port() {
        return web.port();
    }

    public String publicUrl() {
        return publicUrl;
    }

    /** The HTTP routes served, as {@code METHOD path}. */
    public List<String> routes() {
        return web.routes();
    }

    /**
     * Answers readiness with 503 (for the configured delay, so load balancers stop sending), then stops taking
     * requests, lets those in flight finish, finishes the work requests handed off, stops the outbox worker and
     * the housekeeping, and closes the database.
     */
    @Override
    public void close() {
        web.shutdownStarted();
        if (!shutdownDelay.isZero()) {
            LOG.info("Shutting down: not ready, taking requests for {} s more", shutdownDelay.toSeconds());
            try {
                Thread.sleep(shutdownDelay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        web.close();
        afterTheWeb.forEach(Application::stop);
        LOG.info("Latchkey stopped");
    }

    /** What a start that failed half-way had opened, last opened first. */
    private static void closeInReverse(List<AutoCloseable> opened) {
        for (int i = opened.size() - 1; i >= 0; i--) {
            stop(opened.get(i));
        }
    }

    private static void stop(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.warn("Stopping {} failed", closeable.getClass().getSimpleName(), e);
        }
    }
}
