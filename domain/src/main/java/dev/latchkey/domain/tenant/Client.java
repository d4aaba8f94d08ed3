package dev.latchkey.domain.tenant;

import dev.latchkey.domain.credential.TokenHash;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A client of a tenant. Only service clients have a secret, and only its hash is kept. A revoked
 * client gets no more tokens.
 */
public record Client(
        ClientId id,
        TenantName tenant,
        ClientKind kind,
        Optional<TokenHash> secretHash,
        Set<String> scopes,
        Optional<Instant> revokedAt) {

    public Client {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(secretHash, "secretHash");
        Objects.requireNonNull(revokedAt, "revokedAt");
        scopes = Set.copyOf(scopes);
        if (kind == ClientKind.SERVICE && secretHash.isEmpty()) {
            throw new IllegalArgumentException("A service client needs a secret");
        }
        if (kind == ClientKind.STOREFRONT && (secretHash.isPresent() || !scopes.isEmpty())) {
            throw new IllegalArgumentException("A storefront client has neither secret nor scopes");
        }
    }

    public static Client storefront(ClientId id, TenantName tenant) {
        return new Client(id, tenant, ClientKind.STOREFRONT, Optional.empty(), Set.of(), Optional.empty());
    }

    public static Client service(ClientId id, TenantName tenant, TokenHash secretHash, Set<String> scopes) {
        return new Client(id, tenant, ClientKind.SERVICE, Optional.of(secretHash), scopes, Optional.empty());
    }

    public boolean isRevoked() {
        return revokedAt.isPresent();
    }

    public Client revokedAt(Instant when) {
        return new Client(id, tenant, kind, secretHash, scopes, Optional.of(when));
    }

    /** Compares in constant time, so the answer's timing tells nothing about the secret. */
    public boolean acceptsSecret(String presentedSecret) {
        return secretHash.map(hash -> hash.matches(presentedSecret)).orElse(false);
    }
}
