package dev.latchkey.application.fake;

import dev.latchkey.application.port.out.ClientRepository;
import dev.latchkey.domain.tenant.Client;
import dev.latchkey.domain.tenant.ClientId;
import dev.latchkey.domain.tenant.TenantName;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Clients in a map; like the table, a client id exists once. */
public final class InMemoryClientRepository implements ClientRepository, Transactional {

    private final Map<ClientId, Client> clients = new LinkedHashMap<>();

    @Override
    public Optional<Client> find(ClientId id) {
        return Optional.ofNullable(clients.get(id));
    }

    @Override
    public boolean add(Client client) {
        return clients.putIfAbsent(client.id(), client) == null;
    }

    @Override
    public List<Client> forTenant(TenantName tenant) {
        return clients.values().stream()
                .filter(client -> client.tenant().equals(tenant))
                .sorted(Comparator.comparing(client -> client.id().value()))
                .toList();
    }

    @Override
    public boolean revoke(ClientId id, Instant when) {
        Client client = clients.get(id);
        if (client == null || client.isRevoked()) {
            return false;
        }
        clients.put(id, client.revokedAt(when));
        return true;
    }

    @Override
    public Runnable snapshot() {
        return Transactional.copy(clients);
    }

    public List<Client> all() {
        return List.copyOf(clients.values());
    }
}
