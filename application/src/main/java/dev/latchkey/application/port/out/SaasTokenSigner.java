package dev.latchkey.application.port.out;

import dev.latchkey.domain.customer.CustomerNumber;
import dev.latchkey.domain.tenant.SigningKey;
import dev.latchkey.domain.tenant.TenantName;
import java.time.Instant;
import java.util.List;

/** Makes tenants' signing keys, signs the {@code saasToken} JWT and publishes the public keys. */
public interface SaasTokenSigner {

    SigningKey newKey(TenantName tenant, Instant now);

    String sign(SigningKey key, CustomerNumber subject, Instant issuedAt, Instant expiresAt);

    /** The public halves of the keys as a JWK Set document. */
    String publicKeySet(List<SigningKey> keys);
}
