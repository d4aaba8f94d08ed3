package dev.latchkey.application.fake;

import dev.latchkey.application.port.out.ClientRepository;
import dev.latchkey.domain.tenant.Client;
import dev.latchkey.domain.tenant.ClientId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Clients in a map; like the table, a client id exists once. */
public final class InMemoryClientRepository implements ClientRepository {

    private final Map<ClientId, Client> clients = new LinkedHashMap<>();

    @Override
    public Optional<Client> find(ClientId id) {
        return Optional.ofNullable(clients.get(id));
    }

    @Override
    public void add(Client client) {
        if (clients.putIfAbsent(client.id(), client) != null) {
            throw new IllegalStateException("Duplicate client " + client.id());
        }
    }

    public List<Client> all() {
        return List.copyOf(clients.values());
    }
}
