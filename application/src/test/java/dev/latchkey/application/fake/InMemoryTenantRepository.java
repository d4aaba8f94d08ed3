package dev.latchkey.application.fake;

import dev.latchkey.application.port.out.TenantRepository;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.tenant.TenantName;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Tenants in a map, customer numbers from a counter per tenant, and the installation record as a field. */
public final class InMemoryTenantRepository implements TenantRepository, Transactional {

    private final Map<TenantName, Tenant> tenants = new HashMap<>();
    private final Map<TenantName, Long> lastCustomerNumber = new HashMap<>();
    private Optional<Instant> installedAt = Optional.empty();
    private int updates;

    @Override
    public Optional<Tenant> find(TenantName name) {
        return Optional.ofNullable(tenants.get(name));
    }

    @Override
    public List<Tenant> list() {
        return tenants.values().stream()
                .sorted(Comparator.comparing(tenant -> tenant.name().value()))
                .toList();
    }

    @Override
    public boolean add(Tenant tenant) {
        return tenants.putIfAbsent(tenant.name(), tenant) == null;
    }

    @Override
    public void update(Tenant tenant) {
        if (tenants.replace(tenant.name(), tenant) == null) {
            throw new IllegalStateException("No tenant " + tenant.name());
        }
        updates++;
    }

    @Override
    public void startCustomerNumbersAt(TenantName name, long first) {
        lastCustomerNumber.put(name, first - 1);
    }

    @Override
    public long nextCustomerNumber(TenantName name) {
        return lastCustomerNumber.merge(name, 1L, Long::sum);
    }

    /** What the import does after giving customers their own numbers: the next one is at least {@code atLeast}. */
    public void raiseNextCustomerNumber(TenantName name, long atLeast) {
        lastCustomerNumber.merge(name, atLeast - 1, Math::max);
    }

    @Override
    public boolean markInstalled(Instant when) {
        if (installedAt.isPresent()) {
            return false;
        }
        installedAt = Optional.of(when);
        return true;
    }

    @Override
    public Runnable snapshot() {
        Runnable tenantsThen = Transactional.copy(tenants);
        Runnable numbersThen = Transactional.copy(lastCustomerNumber);
        Optional<Instant> installedThen = installedAt;
        return () -> {
            tenantsThen.run();
            numbersThen.run();
            installedAt = installedThen;
        };
    }

    public List<Tenant> all() {
        return List.copyOf(tenants.values());
    }

    public Optional<Instant> installedAt() {
        return installedAt;
    }

    /** How often a tenant was updated. */
    public int updates() {
        return updates;
    }
}
