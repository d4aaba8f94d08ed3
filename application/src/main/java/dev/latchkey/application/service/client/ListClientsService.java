package dev.latchkey.application.service.client;

import dev.latchkey.application.port.in.client.ListClientsUseCase;
import dev.latchkey.application.port.out.ClientRepository;
import dev.latchkey.application.port.out.TenantRepository;
import dev.latchkey.domain.tenant.TenantName;

/** Lists a tenant's clients. */
public final class ListClientsService implements ListClientsUseCase {

    private final TenantRepository tenants;
    private final ClientRepository clients;

    public ListClientsService(TenantRepository tenants, ClientRepository clients) {
        this.tenants = tenants;
        this.clients = clients;
    }

    @Override
    public Result list(TenantName tenant) {
        if (tenants.find(tenant).isEmpty()) {
            return new UnknownTenant(tenant);
        }
        return new Listed(clients.forTenant(tenant));
    }
}
