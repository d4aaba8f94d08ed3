package dev.latchkey.application.service.tenant;

import dev.latchkey.application.port.in.tenant.FindTenantUseCase;
import dev.latchkey.application.port.out.TenantRepository;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.tenant.TenantName;
import java.util.Optional;

/** Looks tenants up. */
public final class FindTenantService implements FindTenantUseCase {

    private final TenantRepository tenants;

    public FindTenantService(TenantRepository tenants) {
        this.tenants = tenants;
    }

    @Override
    public Optional<Tenant> find(TenantName name) {
        return tenants.find(name);
    }
}
