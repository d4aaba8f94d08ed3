package dev.latchkey.application.port.in.tenant;

import dev.latchkey.domain.tenant.Tenant;
import java.util.List;

/** Lists every tenant, ordered by name. */
public interface ListTenantsUseCase {

    List<Tenant> list();
}
