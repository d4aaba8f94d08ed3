package dev.latchkey.application.port.in.token;

import dev.latchkey.domain.tenant.TenantName;
import java.util.Optional;

/** Publishes the public keys that verify a tenant's {@code saasToken}s, as a JWK Set. */
public interface GetPublicKeysUseCase {

    /** Empty for an unknown tenant. */
    Optional<String> publicKeys(TenantName tenant);
}
