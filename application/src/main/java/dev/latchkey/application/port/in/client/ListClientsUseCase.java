package dev.latchkey.application.port.in.client;

import dev.latchkey.domain.tenant.Client;
import dev.latchkey.domain.tenant.TenantName;
import java.util.List;

/** Lists a tenant's clients, revoked ones too. */
public interface ListClientsUseCase {

    Result list(TenantName tenant);

    sealed interface Result {}

    record Listed(List<Client> clients) implements Result {

        public Listed {
            clients = List.copyOf(clients);
        }
    }

    record UnknownTenant(TenantName tenant) implements Result {}
}
