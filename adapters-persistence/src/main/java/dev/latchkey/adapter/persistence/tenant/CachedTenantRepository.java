package dev.latchkey.adapter.persistence.tenant;

import dev.latchkey.application.port.out.TenantRepository;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.tenant.TenantName;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Keeps found tenants in memory for a short while, since every API call and page looks its tenant up
 * and tenants change only through configuration at start and the command line. A change this process
 * makes is seen at once; a change another process makes (a command, another node) within
 * {@code timeToLive}. Names that are not found are not kept, so a new tenant is served at once.
 */
public final class CachedTenantRepository implements TenantRepository {

    private final TenantRepository tenants;
    private final long timeToLiveNanos;
    private final LongSupplier nanoTime;
    private final Map<TenantName, Entry> found = new ConcurrentHashMap<>();

    public CachedTenantRepository(TenantRepository tenants, Duration timeToLive) {
        this(tenants, timeToLive, System::nanoTime);
    }

    CachedTenantRepository(TenantRepository tenants, Duration timeToLive, LongSupplier nanoTime) {
        this.tenants = tenants;
        this.timeToLiveNanos = timeToLive.toNanos();
        this.nanoTime = nanoTime;
    }

    @Override
    public Optional<Tenant> find(TenantName name) {
        long now = nanoTime.getAsLong();
        Entry entry = found.get(name);
        if (entry != null && now - entry.readAt() < timeToLiveNanos) {
            return Optional.of(entry.tenant());
        }
        Optional<Tenant> tenant = tenants.find(name);
        tenant.ifPresentOrElse(t -> found.put(name, new Entry(t, now)), () -> found.remove(name));
        return tenant;
    }

    @Override
    public boolean add(Tenant tenant) {
        found.remove(tenant.name());
        return tenants.add(tenant);
    }

    @Override
    public void update(Tenant tenant) {
        tenants.update(tenant);
        found.remove(tenant.name());
    }

    @Override
    public void startCustomerNumbersAt(TenantName name, long first) {
        tenants.startCustomerNumbersAt(name, first);
    }

    @Override
    public long nextCustomerNumber(TenantName name) {
        return tenants.nextCustomerNumber(name);
    }

    @Override
    public boolean markInstalled(Instant when) {
        return tenants.markInstalled(when);
    }

    private record Entry(Tenant tenant, long readAt) {
    }
}
