package dev.latchkey.domain.tenant;

import java.time.Instant;
import java.util.Objects;

/**
 * A tenant's key pair for signing its JWTs.
 *
 * @param privateKey the key pair in a serialised form only the signing adapter reads
 */
public record SigningKey(TenantName tenant, String keyId, String privateKey, Instant createdAt) {

    public SigningKey {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    @Override
    public String toString() {
        return "SigningKey[tenant=" + tenant + ", keyId=" + keyId + "]";
    }
}
