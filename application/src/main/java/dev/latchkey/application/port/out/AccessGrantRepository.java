package dev.latchkey.application.port.out;

import dev.latchkey.domain.token.AccessGrant;
import dev.latchkey.domain.credential.TokenHash;
import java.util.Optional;

/** Keeps what each bearer token grants, under the token's hash. */
public interface AccessGrantRepository {

    void add(AccessGrant grant);

    Optional<AccessGrant> find(TokenHash tokenHash);
}
