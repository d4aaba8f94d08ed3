package dev.latchkey.adapter.persistence.tenant;

import dev.latchkey.application.port.out.SigningKeyRepository;
import dev.latchkey.domain.tenant.SigningKey;
import dev.latchkey.domain.tenant.TenantName;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Keeps each tenant's signing keys in memory for a short while, since every issued customer token is
 * signed with one. A key this process adds is used at once; one another node adds, within
 * {@code timeToLive} (until then this node signs with the previous key, which stays published).
 */
public final class CachedSigningKeyRepository implements SigningKeyRepository {

    private final SigningKeyRepository keys;
    private final ShortLivedCache<TenantName, List<SigningKey>> found;

    public CachedSigningKeyRepository(SigningKeyRepository keys, Duration timeToLive) {
        this(keys, timeToLive, System::nanoTime);
    }

    CachedSigningKeyRepository(SigningKeyRepository keys, Duration timeToLive, LongSupplier nanoTime) {
        this.keys = keys;
        this.found = new ShortLivedCache<>(timeToLive, nanoTime);
    }

    @Override
    public void add(SigningKey key) {
        keys.add(key);
        found.forget(key.tenant());
    }

    @Override
    public List<SigningKey> forTenant(TenantName tenant) {
        return found.get(tenant, name -> Optional.of(keys.forTenant(name)).filter(list -> !list.isEmpty()))
                .orElse(List.of());
    }
}
