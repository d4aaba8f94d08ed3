package dev.latchkey.application.port.in.client;

import dev.latchkey.domain.tenant.Client;
import dev.latchkey.domain.tenant.ClientId;
import dev.latchkey.domain.tenant.ClientKind;
import dev.latchkey.domain.tenant.TenantName;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Adds a client to a tenant: a storefront (no secret, no scopes) or a service client with scopes
 * and a generated secret, of which only the hash is kept.
 */
public interface CreateClientUseCase {

    Result create(Command command);

    record Command(TenantName tenant, ClientId client, ClientKind kind, Set<String> scopes) {

        public Command {
            Objects.requireNonNull(tenant, "tenant");
            Objects.requireNonNull(client, "client");
            Objects.requireNonNull(kind, "kind");
            scopes = Set.copyOf(scopes);
        }
    }

    sealed interface Result {}

    /** @param secret the service client's secret, present only here: it is not kept */
    record Created(Client client, Optional<String> secret) implements Result {

        @Override
        public String toString() {
            return "Created[client=" + client.id() + "]";
        }
    }

    record UnknownTenant(TenantName tenant) implements Result {}

    /** A client of that id exists already, of this or another tenant, revoked or not. */
    record IdTaken(ClientId client) implements Result {}

    /**
     * A service client needs at least one scope, each one a scope that Latchkey knows; a storefront
     * takes none.
     *
     * @param unknown the scopes Latchkey does not know
     */
    record ScopesRefused(Set<String> unknown) implements Result {}
}
