package dev.latchkey.application.service.tenant;

import dev.latchkey.application.port.in.tenant.ListTenantsUseCase;
import dev.latchkey.application.port.out.TenantRepository;
import dev.latchkey.domain.tenant.Tenant;
import java.util.List;

/** Lists the tenants. */
public final class ListTenantsService implements ListTenantsUseCase {

    private final TenantRepository tenants;

    public ListTenantsService(TenantRepository tenants) {
        this.tenants = tenants;
    }

    @Override
    public List<Tenant> list() {
        return tenants.list();
    }
}
