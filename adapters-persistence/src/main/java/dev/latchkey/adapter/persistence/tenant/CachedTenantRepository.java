package dev.latchkey.adapter.persistence.tenant;

import dev.latchkey.application.port.out.TenantRepository;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.tenant.TenantName;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Keeps found tenants in memory for a short while, since every API call and page looks its tenant up
 * and tenants change only through configuration at start and the command line. A change this process
 * makes is seen at once; a change another process makes (a command, another node) within
 * {@code timeToLive}; a tenant another process adds, at once (see {@link ShortLivedCache}).
 */
public final class CachedTenantRepository implements TenantRepository {

    private final TenantRepository tenants;
    private final ShortLivedCache<TenantName, Tenant> found;

    public CachedTenantRepository(TenantRepository tenants, Duration timeToLive) {
        this(tenants, timeToLive, System::nanoTime);
    }

    CachedTenantRepository(TenantRepository tenants, Duration timeToLive, LongSupplier nanoTime) {
        this.tenants = tenants;
        this.found = new ShortLivedCache<>(timeToLive, nanoTime);
    }

    @Override
    public Optional<Tenant> find(TenantName name) {
        return found.get(name, tenants::find);
    }

    @Override
    public List<Tenant> list() {
        return tenants.list();
    }

    @Override
    public boolean add(Tenant tenant) {
        found.forget(tenant.name());
        return tenants.add(tenant);
    }

    @Override
    public void update(Tenant tenant) {
        tenants.update(tenant);
        found.forget(tenant.name());
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
}
