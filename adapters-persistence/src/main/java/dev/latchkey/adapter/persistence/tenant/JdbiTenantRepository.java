package dev.latchkey.adapter.persistence.tenant;

import static dev.latchkey.adapter.persistence.Columns.instant;
import static dev.latchkey.adapter.persistence.Columns.utc;

import dev.latchkey.adapter.persistence.Savepoints;
import dev.latchkey.application.port.out.TenantRepository;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.tenant.TenantLook;
import dev.latchkey.domain.tenant.TenantName;
import dev.latchkey.domain.tenant.TenantSettings;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Update;

/** Tenants in the {@code tenant} table, and the installation record. */
public final class JdbiTenantRepository implements TenantRepository {

    static final long FIRST_CUSTOMER_NUMBER = 100_001L;
    /** Allowed return URLs are kept in one column, one per line: a valid URL holds no line break. */
    private static final String RETURN_URL_SEPARATOR = "\n";

    private final Jdbi jdbi;

    public JdbiTenantRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<Tenant> find(TenantName name) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT name, display_name, anonymous_token_seconds, access_token_seconds, refresh_token_seconds,
                               service_token_seconds, activation_token_seconds, link_base, allowed_return_urls,
                               refresh_reuse_seconds, logo_url, primary_color, support_email, created_at
                        FROM tenant WHERE name = :name""")
                .bind("name", name.value())
                .map((rs, ctx) -> toTenant(rs))
                .findOne());
    }

    @Override
    public List<Tenant> list() {
        return jdbi.withHandle(
                handle -> handle.createQuery("""
                        SELECT name, display_name, anonymous_token_seconds, access_token_seconds, refresh_token_seconds,
                               service_token_seconds, activation_token_seconds, link_base, allowed_return_urls,
                               refresh_reuse_seconds, logo_url, primary_color, support_email, created_at
                        FROM tenant ORDER BY name""").map((rs, ctx) -> toTenant(rs)).list());
    }

    @Override
    public boolean add(Tenant tenant) {
        return jdbi.withHandle(handle -> Savepoints.insertUnlessDuplicate(
                handle,
                h -> bindTenant(h.createUpdate("""
                        INSERT INTO tenant (name, display_name, anonymous_token_seconds, access_token_seconds,
                                            refresh_token_seconds, service_token_seconds, activation_token_seconds,
                                            link_base, allowed_return_urls, refresh_reuse_seconds, logo_url, primary_color,
                                            support_email, next_customer_number, created_at)
                        VALUES (:name, :displayName, :anonymous, :access, :refresh, :service, :activation,
                                :linkBase, :returnUrls, :refreshReuse, :logoUrl, :primaryColor, :supportEmail,
                                :firstNumber, :createdAt)"""), tenant)
                        .bind("firstNumber", FIRST_CUSTOMER_NUMBER)
                        .bind("createdAt", utc(tenant.createdAt()))
                        .execute()));
    }

    @Override
    public void update(Tenant tenant) {
        int updated = jdbi.withHandle(
                handle -> bindTenant(handle.createUpdate("""
                        UPDATE tenant SET display_name = :displayName, anonymous_token_seconds = :anonymous,
                                          access_token_seconds = :access, refresh_token_seconds = :refresh,
                                          service_token_seconds = :service, activation_token_seconds = :activation,
                                          link_base = :linkBase, allowed_return_urls = :returnUrls,
                                          refresh_reuse_seconds = :refreshReuse, logo_url = :logoUrl,
                                          primary_color = :primaryColor, support_email = :supportEmail
                        WHERE name = :name"""), tenant).execute());
        if (updated != 1) {
            throw new IllegalStateException("No tenant " + tenant.name());
        }
    }

    @Override
    public void startCustomerNumbersAt(TenantName name, long first) {
        jdbi.useHandle(
                handle -> handle.createUpdate("UPDATE tenant SET next_customer_number = :first WHERE name = :name")
                        .bind("first", first)
                        .bind("name", name.value())
                        .execute());
    }

    @Override
    public long nextCustomerNumber(TenantName name) {
        return jdbi.inTransaction(handle -> {
            int updated = handle.createUpdate(
                            "UPDATE tenant SET next_customer_number = next_customer_number + 1 WHERE name = :name")
                    .bind("name", name.value())
                    .execute();
            if (updated != 1) {
                throw new IllegalStateException("No tenant " + name);
            }
            return handle.createQuery("SELECT next_customer_number - 1 FROM tenant WHERE name = :name")
                    .bind("name", name.value())
                    .mapTo(Long.class)
                    .one();
        });
    }

    @Override
    public boolean markInstalled(Instant when) {
        return jdbi.withHandle(handle -> Savepoints.insertUnlessDuplicate(
                handle,
                h -> h.createUpdate("INSERT INTO installation (id, installed_at) VALUES (1, :when)")
                        .bind("when", utc(when))
                        .execute()));
    }

    private static Update bindTenant(Update update, Tenant tenant) {
        TenantSettings settings = tenant.settings();
        TenantLook look = tenant.look();
        return update.bind("name", tenant.name().value())
                .bind("displayName", tenant.displayName())
                .bind("anonymous", settings.anonymousTokenLifetime().toSeconds())
                .bind("access", settings.accessTokenLifetime().toSeconds())
                .bind("refresh", settings.refreshTokenLifetime().toSeconds())
                .bind("service", settings.serviceTokenLifetime().toSeconds())
                .bind("activation", settings.activationTokenLifetime().toSeconds())
                .bind("linkBase", settings.linkBase().orElse(null))
                .bind(
                        "returnUrls",
                        settings.allowedReturnUrls().isEmpty()
                                ? null
                                : String.join(RETURN_URL_SEPARATOR, settings.allowedReturnUrls()))
                .bind("refreshReuse", settings.refreshReuseWindow().toSeconds())
                .bind("logoUrl", look.logoUrl().orElse(null))
                .bind("primaryColor", look.primaryColor().orElse(null))
                .bind("supportEmail", look.supportEmail().orElse(null));
    }

    private static Tenant toTenant(ResultSet rs) throws SQLException {
        String returnUrls = rs.getString("allowed_return_urls");
        TenantSettings settings = new TenantSettings(
                Duration.ofSeconds(rs.getLong("anonymous_token_seconds")),
                Duration.ofSeconds(rs.getLong("access_token_seconds")),
                Duration.ofSeconds(rs.getLong("refresh_token_seconds")),
                Duration.ofSeconds(rs.getLong("service_token_seconds")),
                Duration.ofSeconds(rs.getLong("activation_token_seconds")),
                Optional.ofNullable(rs.getString("link_base")),
                returnUrls == null || returnUrls.isEmpty()
                        ? List.of()
                        : List.of(returnUrls.split(RETURN_URL_SEPARATOR)),
                Duration.ofSeconds(rs.getLong("refresh_reuse_seconds")));
        TenantLook look = new TenantLook(
                Optional.ofNullable(rs.getString("logo_url")),
                Optional.ofNullable(rs.getString("primary_color")),
                Optional.ofNullable(rs.getString("support_email")));
        return new Tenant(
                new TenantName(rs.getString("name")),
                rs.getString("display_name"),
                settings,
                look,
                instant(rs, "created_at"));
    }
}
