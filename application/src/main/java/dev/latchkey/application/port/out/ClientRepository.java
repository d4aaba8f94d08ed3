package dev.latchkey.application.port.out;

import dev.latchkey.domain.tenant.Client;
import dev.latchkey.domain.tenant.ClientId;
import java.util.Optional;

/** Keeps the clients (storefronts and service clients) of every tenant. */
public interface ClientRepository {

    Optional<Client> find(ClientId id);

    void add(Client client);
}
