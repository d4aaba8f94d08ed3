package dev.latchkey.adapter.persistence.token;

import static dev.latchkey.adapter.persistence.Columns.instant;
import static dev.latchkey.adapter.persistence.Columns.utc;

import dev.latchkey.application.port.out.AccessGrantRepository;
import dev.latchkey.domain.credential.TokenHash;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.tenant.ClientId;
import dev.latchkey.domain.tenant.TenantName;
import dev.latchkey.domain.token.AccessGrant;
import dev.latchkey.domain.token.SessionId;
import dev.latchkey.domain.token.TokenKind;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/** Bearer-token grants in the {@code access_grant} table, keyed by the token's hash. */
public final class JdbiAccessGrantRepository implements AccessGrantRepository {

    private final Jdbi jdbi;

    public JdbiAccessGrantRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The customer is cast in SQL: PostgreSQL types a bare NULL parameter as text, which a UUID column refuses. */
    @Override
    public void add(AccessGrant grant) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO access_grant (token_hash, kind, tenant, client_id, session_id, customer_id, scopes,
                                                  issued_at, expires_at)
                        VALUES (:hash, :kind, :tenant, :client, :session, CAST(:customer AS UUID), :scopes, :issuedAt, :expiresAt)""")
                .bind("hash", grant.tokenHash().hex())
                .bind("kind", grant.kind().name())
                .bind("tenant", grant.tenant().value())
                .bind("client", grant.client().value())
                .bind("session", grant.session().value())
                .bind("customer", grant.customer().map(CustomerId::value).orElse(null))
                .bind(
                        "scopes",
                        String.join(" ", grant.scopes().stream().sorted().toList()))
                .bind("issuedAt", utc(grant.issuedAt()))
                .bind("expiresAt", utc(grant.expiresAt()))
                .execute());
    }

    @Override
    public Optional<AccessGrant> find(TokenHash tokenHash) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT token_hash, kind, tenant, client_id, session_id, customer_id, scopes, issued_at, expires_at
                        FROM access_grant WHERE token_hash = :hash""")
                .bind("hash", tokenHash.hex())
                .map((rs, ctx) -> new AccessGrant(
                        new TokenHash(rs.getString("token_hash")),
                        TokenKind.valueOf(rs.getString("kind")),
                        new TenantName(rs.getString("tenant")),
                        new ClientId(rs.getString("client_id")),
                        new SessionId(rs.getString("session_id")),
                        Optional.ofNullable(rs.getObject("customer_id", UUID.class))
                                .map(CustomerId::new),
                        Arrays.stream(rs.getString("scopes").split(" "))
                                .filter(s -> !s.isEmpty())
                                .collect(Collectors.toUnmodifiableSet()),
                        instant(rs, "issued_at"),
                        instant(rs, "expires_at")))
                .findOne());
    }

    /** Scans the table: revoking is rare, and an index on the client would cost every token issued. */
    @Override
    public int removeServiceGrantsOf(ClientId client) {
        return jdbi.withHandle(
                handle -> handle.createUpdate("DELETE FROM access_grant WHERE client_id = :client AND kind = :kind")
                        .bind("client", client.value())
                        .bind("kind", TokenKind.SERVICE.name())
                        .execute());
    }
}
