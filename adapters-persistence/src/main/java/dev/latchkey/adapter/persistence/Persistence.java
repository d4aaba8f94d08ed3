package dev.latchkey.adapter.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import dev.latchkey.adapter.persistence.customer.JdbiCustomerImport;
import dev.latchkey.adapter.persistence.customer.JdbiCustomerRepository;
import dev.latchkey.adapter.persistence.event.JdbiSecurityEventLog;
import dev.latchkey.adapter.persistence.mail.JdbiDeferredRequests;
import dev.latchkey.adapter.persistence.mail.JdbiMailOutbox;
import dev.latchkey.adapter.persistence.mail.JdbiMailQuota;
import dev.latchkey.adapter.persistence.profile.JdbiAddressRepository;
import dev.latchkey.adapter.persistence.profile.JdbiProfileRepository;
import dev.latchkey.adapter.persistence.retention.JdbiExpiredRecords;
import dev.latchkey.adapter.persistence.tenant.CachedSigningKeyRepository;
import dev.latchkey.adapter.persistence.tenant.CachedTenantRepository;
import dev.latchkey.adapter.persistence.tenant.JdbiClientRepository;
import dev.latchkey.adapter.persistence.tenant.JdbiSigningKeyRepository;
import dev.latchkey.adapter.persistence.tenant.JdbiTenantRepository;
import dev.latchkey.adapter.persistence.throttle.JdbiLoginFailureRepository;
import dev.latchkey.adapter.persistence.token.JdbiAccessGrantRepository;
import dev.latchkey.adapter.persistence.token.JdbiEmailTokenRepository;
import dev.latchkey.adapter.persistence.token.JdbiLoginSessionRepository;
import dev.latchkey.application.port.out.AccessGrantRepository;
import dev.latchkey.application.port.out.AddressRepository;
import dev.latchkey.application.port.out.ClientRepository;
import dev.latchkey.application.port.out.CustomerImport;
import dev.latchkey.application.port.out.CustomerRepository;
import dev.latchkey.application.port.out.DeferredRequests;
import dev.latchkey.application.port.out.EmailTokenRepository;
import dev.latchkey.application.port.out.ExpiredRecords;
import dev.latchkey.application.port.out.LoginFailureRepository;
import dev.latchkey.application.port.out.LoginSessionRepository;
import dev.latchkey.application.port.out.MailOutbox;
import dev.latchkey.application.port.out.MailQuota;
import dev.latchkey.application.port.out.ProfileRepository;
import dev.latchkey.application.port.out.SecurityEventLog;
import dev.latchkey.application.port.out.SigningKeyRepository;
import dev.latchkey.application.port.out.TenantRepository;
import dev.latchkey.application.port.out.Transactions;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions;

/**
 * The persistence adapter's front door: opens the connection pool, brings the schema up to date
 * with Flyway, and hands out the repositories. Nothing JDBI- or JDBC-shaped leaves it.
 */
public final class Persistence implements AutoCloseable {

    /** How long a tenant or its signing keys found in the database are served from memory. */
    private static final Duration TENANT_TIME_TO_LIVE = Duration.ofSeconds(5);

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final Optional<EmbeddedFileSync> fileSync;
    private final TenantRepository tenants;
    private final SigningKeyRepository signingKeys;
    private final DatabaseProbe probe = new DatabaseProbe(this::answersQuery);

    private Persistence(HikariDataSource dataSource, boolean embedded) {
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource);
        this.fileSync = embedded ? Optional.of(EmbeddedFileSync.start(jdbi)) : Optional.empty();
        this.tenants = new CachedTenantRepository(new JdbiTenantRepository(jdbi), TENANT_TIME_TO_LIVE);
        this.signingKeys = new CachedSigningKeyRepository(new JdbiSigningKeyRepository(jdbi), TENANT_TIME_TO_LIVE);
        // A failed statement's message would otherwise list its bound values: emails among them.
        jdbi.getConfig(StatementExceptions.class)
                .setMessageRendering(StatementExceptions.MessageRendering.SHORT_STATEMENT);
    }

    /** Opens the database and migrates its schema to the newest version. */
    public static Persistence open(DatabaseSettings settings) {
        return open(settings, null);
    }

    /** As {@link #open(DatabaseSettings)}, with the connection pool's metrics in {@code meters} (none when null). */
    public static Persistence open(DatabaseSettings settings, MeterRegistry meters) {
        HikariConfig config = new HikariConfig();
        if (meters != null) {
            config.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(meters));
        }
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.poolSize());
        config.setPoolName("latchkey-db");
        config.setConnectionTimeout(5_000);
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration", "classpath:dev/latchkey/adapter/persistence/migration")
                    .load()
                    .migrate();
            return new Persistence(dataSource, EmbeddedFileSync.isNeededFor(settings.jdbcUrl()));
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    /**
     * The embedded H2 database kept in files under {@code dataDirectory}. One process at a time opens
     * its files: the server closes it itself at the end of its orderly shutdown, after the requests in
     * flight ({@code DB_CLOSE_ON_EXIT=FALSE}); commands reach it through {@link CommandAccess} meanwhile.
     * Every commit is written to the file before it returns ({@code WRITE_DELAY=0}; H2 would otherwise
     * keep up to a second of commits in memory), so a killed process loses no change it confirmed; the
     * file is forced to the disk every second and old chunks are reused after 5 s, see {@link EmbeddedFileSync}.
     */
    public static String embeddedUrl(java.nio.file.Path dataDirectory) {
        return "jdbc:h2:" + CommandAccess.databaseName(dataDirectory)
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;RETENTION_TIME=5000";
    }

    public Transactions transactions() {
        return new JdbiTransactions(jdbi);
    }

    public TenantRepository tenants() {
        return tenants;
    }

    public ClientRepository clients() {
        return new JdbiClientRepository(jdbi);
    }

    public SigningKeyRepository signingKeys() {
        return signingKeys;
    }

    public CustomerRepository customers() {
        return new JdbiCustomerRepository(jdbi);
    }

    public CustomerImport customerImport() {
        return new JdbiCustomerImport(jdbi);
    }

    /**
     * Writes a consistent copy of the embedded H2 database, taken while it is in use, to a zip file
     * ({@code BACKUP TO}); only for the embedded database (PostgreSQL has {@code pg_dump}).
     */
    public void backupTo(java.nio.file.Path zipFile) {
        if (!dataSource.getJdbcUrl().startsWith("jdbc:h2:")) {
            throw new UnsupportedOperationException(
                    "backup copies the embedded H2 database; back up PostgreSQL with pg_dump");
        }
        jdbi.useHandle(handle -> handle.createUpdate("BACKUP TO :file")
                .bind("file", zipFile.toAbsolutePath().toString())
                .execute());
    }

    public AccessGrantRepository accessGrants() {
        return new JdbiAccessGrantRepository(jdbi);
    }

    public LoginSessionRepository loginSessions() {
        return new JdbiLoginSessionRepository(jdbi);
    }

    public EmailTokenRepository emailTokens() {
        return new JdbiEmailTokenRepository(jdbi);
    }

    /**
     * Makes every claimed mail claimable again at once. Only for a start where no other worker can be
     * delivering: the mail a killed process was sending would otherwise wait for its claim to run out.
     */
    public void releaseMailClaims() {
        jdbi.useHandle(
                handle -> handle.execute("UPDATE mail_outbox SET claimed_until = NULL WHERE status = 'PENDING'"));
    }

    public MailOutbox mailOutbox() {
        return new JdbiMailOutbox(jdbi);
    }

    public LoginFailureRepository loginFailures() {
        return new JdbiLoginFailureRepository(jdbi);
    }

    /** At most {@code limit} mails of one kind to one address within any {@code period}. */
    public MailQuota mailQuota(int limit, Duration period) {
        return new JdbiMailQuota(jdbi, limit, period);
    }

    public DeferredRequests deferredRequests() {
        return new JdbiDeferredRequests(jdbi);
    }

    public ExpiredRecords expiredRecords() {
        return new JdbiExpiredRecords(jdbi);
    }

    public SecurityEventLog securityEvents() {
        return new JdbiSecurityEventLog(jdbi);
    }

    public ProfileRepository profiles() {
        return new JdbiProfileRepository(jdbi);
    }

    public AddressRepository addresses() {
        return new JdbiAddressRepository(jdbi);
    }

    /** True when the database answers a trivial query within {@code timeout}; false otherwise, whatever the reason. */
    public boolean answersWithin(Duration timeout) {
        return probe.answersWithin(timeout);
    }

    private boolean answersQuery() {
        try {
            return jdbi.withHandle(handle ->
                            handle.createQuery("SELECT 1").mapTo(Integer.class).one())
                    == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** How many mails wait in the outbox to be sent (pending, due or not); served by an index. */
    public long outboxBacklog() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM mail_outbox WHERE status = 'PENDING'")
                .mapTo(Long.class)
                .one());
    }

    @Override
    public void close() {
        probe.close();
        fileSync.ifPresent(EmbeddedFileSync::close);
        dataSource.close();
    }
}
