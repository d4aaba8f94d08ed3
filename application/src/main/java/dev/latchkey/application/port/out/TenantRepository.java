package dev.latchkey.application.port.out;

import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.tenant.TenantName;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Keeps tenants and the one-time installation record. */
public interface TenantRepository {

    Optional<Tenant> find(TenantName name);

    /** Every tenant, ordered by name. */
    List<Tenant> list();

    /** Adds a tenant; false when one of that name exists already. */
    boolean add(Tenant tenant);

    /**
     * Stores the display name, settings (token lifetimes, link base, allowed return URLs) and look
     * of an existing tenant; its name, creation time and customer numbers stay as they are.
     */
    void update(Tenant tenant);

    /** Makes {@code first} the next customer number the tenant hands out. */
    void startCustomerNumbersAt(TenantName name, long first);

    /** Hands out the tenant's next customer number; safe under concurrent callers on any node. */
    long nextCustomerNumber(TenantName name);

    /** Records that the first start's provisioning happened; false when it had happened before. */
    boolean markInstalled(Instant when);
}
