package dev.latchkey.adapter.persistence.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.adapter.persistence.DatabaseSettings;
import dev.latchkey.adapter.persistence.Persistence;
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

/** The cache over the real repository on an H2 file; a second, uncached repository plays another process. */
class CachedTenantRepositoryTest {

    private static final Duration TIME_TO_LIVE = Duration.ofSeconds(5);
    private static final TenantName SHOP = new TenantName("shop");

    private final AtomicLong nanoTime = new AtomicLong();

    @TempDir
    Path folder;

    @Test
    void aChangeByAnotherProcessIsSeenOnceTheTimeToLiveHasPassed() {
        try (Persistence ignored = Persistence.open(settings())) {
            JdbiTenantRepository otherProcess = new JdbiTenantRepository(Jdbi.create(Persistence.embeddedUrl(folder)));
            CachedTenantRepository cached = new CachedTenantRepository(otherProcess, TIME_TO_LIVE, nanoTime::get);
            otherProcess.add(shop("Old name"));
            assertThat(cached.find(SHOP)).map(Tenant::displayName).hasValue("Old name");

            otherProcess.update(shop("New name"));
            nanoTime.addAndGet(TIME_TO_LIVE.toNanos() - 1);
            assertThat(cached.find(SHOP)).map(Tenant::displayName).hasValue("Old name");
            nanoTime.addAndGet(1);
            assertThat(cached.find(SHOP)).map(Tenant::displayName).hasValue("New name");
        }
    }

    @Test
    void aTenantAddedByAnotherProcessIsFoundAtOnce() {
        try (Persistence ignored = Persistence.open(settings())) {
            JdbiTenantRepository otherProcess = new JdbiTenantRepository(Jdbi.create(Persistence.embeddedUrl(folder)));
            CachedTenantRepository cached = new CachedTenantRepository(otherProcess, TIME_TO_LIVE, nanoTime::get);
            assertThat(cached.find(SHOP)).isEmpty();

            otherProcess.add(shop("Shop"));

            assertThat(cached.find(SHOP)).isPresent();
        }
    }

    @Test
    void aChangeThroughTheCacheIsSeenAtOnce() {
        try (Persistence persistence = Persistence.open(settings())) {
            var tenants = persistence.tenants();
            tenants.add(shop("Old name"));
            assertThat(tenants.find(SHOP)).map(Tenant::displayName).hasValue("Old name");

            tenants.update(shop("New name"));

            assertThat(tenants.find(SHOP)).map(Tenant::displayName).hasValue("New name");
        }
    }

    private DatabaseSettings settings() {
        return new DatabaseSettings(Persistence.embeddedUrl(folder), "", "", 2);
    }

    private static Tenant shop(String displayName) {
        return new Tenant(
                SHOP, displayName, TenantSettings.defaults(), TenantLook.none(), Instant.parse("2026-01-15T10:00:00Z"));
    }
}
