package dev.latchkey.application.port.out;

import dev.latchkey.domain.credential.TokenHash;
import dev.latchkey.domain.tenant.ClientId;
import dev.latchkey.domain.token.AccessGrant;
import java.util.Optional;

/** Keeps what each bearer token grants, under the token's hash. */
public interface AccessGrantRepository {

    void add(AccessGrant grant);

    Optional<AccessGrant> find(TokenHash tokenHash);

    /** Removes every service token issued to the client, so they stop working at once; returns how many. */
    int removeServiceGrantsOf(ClientId client);
}
