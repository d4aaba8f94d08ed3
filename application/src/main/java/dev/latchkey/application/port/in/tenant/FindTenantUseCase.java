package dev.latchkey.application.port.in.tenant;

import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.tenant.TenantName;
import java.util.Optional;

/** Looks a tenant up by name. */
public interface FindTenantUseCase {

    Optional<Tenant> find(TenantName name);
}
