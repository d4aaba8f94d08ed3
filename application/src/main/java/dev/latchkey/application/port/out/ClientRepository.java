package dev.latchkey.application.port.out;

import dev.latchkey.domain.tenant.Client;
import dev.latchkey.domain.tenant.ClientId;
import dev.latchkey.domain.tenant.TenantName;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Keeps the clients (storefronts and service clients) of every tenant, revoked ones too. */
public interface ClientRepository {

    Optional<Client> find(ClientId id);

    /** Adds a client; false when a client of that id exists already (of any tenant, revoked or not). */
    boolean add(Client client);

    /** The tenant's clients, revoked ones too, ordered by id. */
    List<Client> forTenant(TenantName tenant);

    /** Marks the client revoked; false when it is unknown or was revoked before. */
    boolean revoke(ClientId id, Instant when);
}
