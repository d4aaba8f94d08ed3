package dev.latchkey.adapter.persistence.tenant;

import static dev.latchkey.adapter.persistence.Columns.instant;
import static dev.latchkey.adapter.persistence.Columns.utc;

import dev.latchkey.application.port.out.SigningKeyRepository;
import dev.latchkey.domain.tenant.SigningKey;
import dev.latchkey.domain.tenant.TenantName;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** Signing keys in the {@code signing_key} table, shared by every node. */
public final class JdbiSigningKeyRepository implements SigningKeyRepository {

    private final Jdbi jdbi;

    public JdbiSigningKeyRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void add(SigningKey key) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO signing_key (key_id, tenant, private_key, created_at)
                        VALUES (:keyId, :tenant, :privateKey, :createdAt)""")
                .bind("keyId", key.keyId())
                .bind("tenant", key.tenant().value())
                .bind("privateKey", key.privateKey())
                .bind("createdAt", utc(key.createdAt()))
                .execute());
    }

    @Override
    public List<SigningKey> forTenant(TenantName tenant) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT key_id, tenant, private_key, created_at FROM signing_key
                        WHERE tenant = :tenant ORDER BY created_at DESC, key_id""")
                .bind("tenant", tenant.value())
                .map((rs, ctx) -> new SigningKey(
                        new TenantName(rs.getString("tenant")),
                        rs.getString("key_id"),
                        rs.getString("private_key"),
                        instant(rs, "created_at")))
                .list());
    }
}
