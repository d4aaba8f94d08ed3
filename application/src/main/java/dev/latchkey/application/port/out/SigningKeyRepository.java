package dev.latchkey.application.port.out;

import dev.latchkey.domain.tenant.SigningKey;
import dev.latchkey.domain.tenant.TenantName;
import java.util.List;

/** Keeps tenants' signing keys in the database, so every node signs and verifies with the same keys. */
public interface SigningKeyRepository {

    void add(SigningKey key);

    /** The tenant's keys, newest first. */
    List<SigningKey> forTenant(TenantName tenant);
}
