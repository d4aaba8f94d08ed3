package dev.latchkey.domain.token;

import dev.latchkey.domain.credential.TokenHash;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.tenant.ClientId;
import dev.latchkey.domain.tenant.TenantName;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What one opaque bearer token grants, kept under the token's hash.
 *
 * @param customer the logged-in customer, only for {@link TokenKind#CUSTOMER}
 * @param scopes   the granted scopes, only for {@link TokenKind#SERVICE}
 */
public record AccessGrant(
        TokenHash tokenHash,
        TokenKind kind,
        TenantName tenant,
        ClientId client,
        SessionId session,
        Optional<CustomerId> customer,
        Set<String> scopes,
        Instant issuedAt,
        Instant expiresAt) {

    public AccessGrant {
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        scopes = Set.copyOf(scopes);
        if ((kind == TokenKind.CUSTOMER) != customer.isPresent()) {
            throw new IllegalArgumentException("Exactly the customer tokens name a customer");
        }
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }
}
