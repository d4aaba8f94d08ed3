package dev.latchkey.adapter.persistence.tenant;

import static dev.latchkey.adapter.persistence.Columns.instant;
import static dev.latchkey.adapter.persistence.Columns.utc;

import dev.latchkey.adapter.persistence.Savepoints;
import dev.latchkey.application.port.out.TenantRepository;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.tenant.TenantName;
import dev.latchkey.domain.tenant.TenantSettings;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Tenants in the {@code tenant} table, and the installation record. */
public final class JdbiTenantRepository implements TenantRepository {

    static final long FIRST_CUSTOMER_NUMBER = 100_001L;

    private final Jdbi jdbi;

    public JdbiTenantRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<Tenant> find(TenantName name) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT name, display_name, anonymous_token_seconds, access_token_seconds, refresh_token_seconds,
                               service_token_seconds, activation_token_seconds, link_base, created_at
                        FROM tenant WHERE name = :name""")
                .bind("name", name.value())
                .map((rs, ctx) -> toTenant(rs))
                .findOne());
    }

    @Override
    public boolean add(Tenant tenant) {
        TenantSettings settings = tenant.settings();
        return jdbi.withHandle(handle -> Savepoints.insertUnlessDuplicate(handle, h -> h.createUpdate("""
                        INSERT INTO tenant (name, display_name, anonymous_token_seconds, access_token_seconds,
                                            refresh_token_seconds, service_token_seconds, activation_token_seconds,
                                            link_base, next_customer_number, created_at)
                        VALUES (:name, :displayName, :anonymous, :access, :refresh, :service, :activation,
                                :linkBase, :firstNumber, :createdAt)""")
                .bind("name", tenant.name().value())
                .bind("displayName", tenant.displayName())
                .bind("anonymous", settings.anonymousTokenLifetime().toSeconds())
                .bind("access", settings.accessTokenLifetime().toSeconds())
                .bind("refresh", settings.refreshTokenLifetime().toSeconds())
                .bind("service", settings.serviceTokenLifetime().toSeconds())
                .bind("activation", settings.activationTokenLifetime().toSeconds())
                .bind("linkBase", settings.linkBase().orElse(null))
                .bind("firstNumber", FIRST_CUSTOMER_NUMBER)
                .bind("createdAt", utc(tenant.createdAt()))
                .execute()));
    }

    @Override
    public void startCustomerNumbersAt(TenantName name, long first) {
        jdbi.useHandle(handle -> handle.createUpdate("UPDATE tenant SET next_customer_number = :first WHERE name = :name")
                .bind("first", first)
                .bind("name", name.value())
                .execute());
    }

    @Override
    public long nextCustomerNumber(TenantName name) {
        return jdbi.inTransaction(handle -> {
            int updated = handle.createUpdate("UPDATE tenant SET next_customer_number = next_customer_number + 1 WHERE name = :name")
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
        return jdbi.withHandle(handle -> Savepoints.insertUnlessDuplicate(handle, h -> h.createUpdate(
                        "INSERT INTO installation (id, installed_at) VALUES (1, :when)")
                .bind("when", utc(when))
                .execute()));
    }

    private static Tenant toTenant(ResultSet rs) throws SQLException {
        TenantSettings settings = new TenantSettings(
                Duration.ofSeconds(rs.getLong("anonymous_token_seconds")),
                Duration.ofSeconds(rs.getLong("access_token_seconds")),
                Duration.ofSeconds(rs.getLong("refresh_token_seconds")),
                Duration.ofSeconds(rs.getLong("service_token_seconds")),
                Duration.ofSeconds(rs.getLong("activation_token_seconds")),
                Optional.ofNullable(rs.getString("link_base")));
        return new Tenant(new TenantName(rs.getString("name")), rs.getString("display_name"), settings,
                instant(rs, "created_at"));
    }
}
