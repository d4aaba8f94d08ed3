package dev.latchkey.application.fake;

import dev.latchkey.application.port.out.SigningKeyRepository;
import dev.latchkey.domain.tenant.SigningKey;
import dev.latchkey.domain.tenant.TenantName;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/** Signing keys in a list, handed out newest first. */
public final class InMemorySigningKeyRepository implements SigningKeyRepository, Transactional {

    private final List<SigningKey> keys = new ArrayList<>();

    @Override
    public void add(SigningKey key) {
        keys.add(key);
    }

    @Override
    public List<SigningKey> forTenant(TenantName tenant) {
        List<SigningKey> newestFirst = new ArrayList<>(
                keys.stream().filter(key -> key.tenant().equals(tenant)).toList());
        Collections.reverse(newestFirst);
        newestFirst.sort(Comparator.comparing(SigningKey::createdAt).reversed());
        return List.copyOf(newestFirst);
    }

    @Override
    public Runnable snapshot() {
        return Transactional.copy(keys);
    }

    public List<SigningKey> all() {
        return List.copyOf(keys);
    }
}
