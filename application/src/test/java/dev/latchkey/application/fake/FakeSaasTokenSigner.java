package dev.latchkey.application.fake;

import dev.latchkey.application.port.out.SaasTokenSigner;
import dev.latchkey.domain.customer.CustomerNumber;
import dev.latchkey.domain.tenant.SigningKey;
import dev.latchkey.domain.tenant.TenantName;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** Makes readable fake keys and "signs" by writing the key id and claims into a string. */
public final class FakeSaasTokenSigner implements SaasTokenSigner {

    private int keysMade;

    @Override
    public SigningKey newKey(TenantName tenant, Instant now) {
        keysMade++;
        return new SigningKey(tenant, tenant.value() + "-key-" + keysMade, "private-" + keysMade, now);
    }

    @Override
    public String sign(SigningKey key, CustomerNumber subject, Instant issuedAt, Instant expiresAt) {
        return "saas:" + key.keyId() + ":" + subject.value() + ":" + issuedAt + ":" + expiresAt;
    }

    @Override
    public String publicKeySet(List<SigningKey> keys) {
        return keys.stream().map(SigningKey::keyId).collect(Collectors.joining(",", "keys[", "]"));
    }

    public int keysMade() {
        return keysMade;
    }
}
