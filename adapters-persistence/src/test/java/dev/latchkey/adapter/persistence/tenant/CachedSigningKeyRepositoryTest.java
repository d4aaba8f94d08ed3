package dev.latchkey.adapter.persistence.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.adapter.persistence.DatabaseSettings;
import dev.latchkey.adapter.persistence.Persistence;
import dev.latchkey.domain.tenant.SigningKey;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.tenant.TenantLook;
import dev.latchkey.domain.tenant.TenantName;
import dev.latchkey.domain.tenant.TenantSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache over the real repository on an H2 file; a second, uncached repository plays another node. */
class CachedSigningKeyRepositoryTest {

    private static final Duration TIME_TO_LIVE = Duration.ofSeconds(5);
    private static final TenantName SHOP = new TenantName("shop");
    private static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");

    private final AtomicLong nanoTime = new AtomicLong();

    @TempDir
    Path folder;

    @Test
    void theFirstKeyIsSeenAtOnceAndANewerOneOnceTheTimeToLiveHasPassed() {
        try (Persistence persistence =
                Persistence.open(new DatabaseSettings(Persistence.embeddedUrl(folder), "", "", 2))) {
            persistence.tenants().add(new Tenant(SHOP, "Shop", TenantSettings.defaults(), TenantLook.none(), NOW));
            JdbiSigningKeyRepository otherNode =
                    new JdbiSigningKeyRepository(Jdbi.create(Persistence.embeddedUrl(folder)));
            CachedSigningKeyRepository cached = new CachedSigningKeyRepository(otherNode, TIME_TO_LIVE, nanoTime::get);
            assertThat(cached.forTenant(SHOP)).isEmpty();

            SigningKey first = new SigningKey(SHOP, "k1", "{}", NOW);
            otherNode.add(first);
            assertThat(cached.forTenant(SHOP)).containsExactly(first);

            SigningKey second = new SigningKey(SHOP, "k2", "{}", NOW.plusSeconds(60));
            otherNode.add(second);
            nanoTime.addAndGet(TIME_TO_LIVE.toNanos() - 1);
            assertThat(cached.forTenant(SHOP)).containsExactly(first);
            nanoTime.addAndGet(1);
            assertThat(cached.forTenant(SHOP)).containsExactly(second, first);
        }
    }

    @Test
    void aKeyAddedThroughTheCacheIsSeenAtOnce() {
        try (Persistence persistence =
                Persistence.open(new DatabaseSettings(Persistence.embeddedUrl(folder), "", "", 2))) {
            persistence.tenants().add(new Tenant(SHOP, "Shop", TenantSettings.defaults(), TenantLook.none(), NOW));
            SigningKey first = new SigningKey(SHOP, "k1", "{}", NOW);
            SigningKey second = new SigningKey(SHOP, "k2", "{}", NOW.plusSeconds(60));
            persistence.signingKeys().add(first);
            assertThat(persistence.signingKeys().forTenant(SHOP)).containsExactly(first);

            persistence.signingKeys().add(second);

            assertThat(persistence.signingKeys().forTenant(SHOP)).containsExactly(second, first);
        }
    }
}
