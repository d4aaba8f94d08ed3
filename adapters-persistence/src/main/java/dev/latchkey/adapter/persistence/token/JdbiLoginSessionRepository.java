package dev.latchkey.adapter.persistence.token;

import static dev.latchkey.adapter.persistence.Columns.instant;
import static dev.latchkey.adapter.persistence.Columns.optionalInstant;
import static dev.latchkey.adapter.persistence.Columns.utc;

import dev.latchkey.application.port.out.LoginSessionRepository;
import dev.latchkey.domain.credential.TokenHash;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.tenant.ClientId;
import dev.latchkey.domain.tenant.TenantName;
import dev.latchkey.domain.token.LoginSession;
import dev.latchkey.domain.token.RefreshToken;
import dev.latchkey.domain.token.SessionId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** Login sessions and their refresh tokens; revoking a session also deletes its access grants. */
public final class JdbiLoginSessionRepository implements LoginSessionRepository {

    private final Jdbi jdbi;

    public JdbiLoginSessionRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void add(LoginSession session) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO login_session (id, tenant, customer_id, client_id, created_at, last_used_at,
                                                   user_agent, ip, revoked_at)
                        VALUES (:id, :tenant, :customer, :client, :createdAt, :lastUsedAt, :userAgent, :ip, :revokedAt)""")
                .bind("id", session.id().value())
                .bind("tenant", session.tenant().value())
                .bind("customer", session.customer().value())
                .bind("client", session.client().value())
                .bind("createdAt", utc(session.createdAt()))
                .bind("lastUsedAt", utc(session.lastUsedAt()))
                .bind("userAgent", session.userAgent())
                .bind("ip", session.ip())
                .bind("revokedAt", utc(session.revokedAt().orElse(null)))
                .execute());
    }

    @Override
    public Optional<LoginSession> find(SessionId id) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT id, tenant, customer_id, client_id, created_at, last_used_at, user_agent, ip, revoked_at
                        FROM login_session WHERE id = :id""")
                .bind("id", id.value())
                .map((rs, ctx) -> toSession(rs))
                .findOne());
    }

    @Override
    public void markUsed(SessionId id, Instant when) {
        jdbi.useHandle(handle -> handle.createUpdate("UPDATE login_session SET last_used_at = :when WHERE id = :id")
                .bind("when", utc(when))
                .bind("id", id.value())
                .execute());
    }

    @Override
    public void revoke(SessionId id, Instant when) {
        jdbi.useTransaction(handle -> {
            handle.createUpdate("UPDATE login_session SET revoked_at = :when WHERE id = :id AND revoked_at IS NULL")
                    .bind("when", utc(when))
                    .bind("id", id.value())
                    .execute();
            handle.createUpdate("DELETE FROM access_grant WHERE session_id = :id")
                    .bind("id", id.value())
                    .execute();
            handle.createUpdate("DELETE FROM refresh_token WHERE session_id = :id")
                    .bind("id", id.value())
                    .execute();
        });
    }

    @Override
    public void revokeAllOf(CustomerId customer, Optional<SessionId> keep, Instant when) {
        jdbi.useTransaction(handle -> {
            List<String> live = handle.createQuery(
                            "SELECT id FROM login_session WHERE customer_id = :customer AND revoked_at IS NULL")
                    .bind("customer", customer.value())
                    .mapTo(String.class)
                    .list();
            live.stream()
                    .map(SessionId::new)
                    .filter(session -> keep.map(kept -> !kept.equals(session)).orElse(true))
                    .forEach(session -> revoke(session, when));
        });
    }

    @Override
    public void addRefreshToken(RefreshToken token) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO refresh_token (token_hash, session_id, issued_at, expires_at, rotated_at)
                        VALUES (:hash, :session, :issuedAt, :expiresAt, :rotatedAt)""")
                .bind("hash", token.tokenHash().hex())
                .bind("session", token.session().value())
                .bind("issuedAt", utc(token.issuedAt()))
                .bind("expiresAt", utc(token.expiresAt()))
                .bind("rotatedAt", utc(token.rotatedAt().orElse(null)))
                .execute());
    }

    @Override
    public Optional<RefreshToken> findRefreshToken(TokenHash tokenHash) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT token_hash, session_id, issued_at, expires_at, rotated_at
                        FROM refresh_token WHERE token_hash = :hash""")
                .bind("hash", tokenHash.hex())
                .map((rs, ctx) -> new RefreshToken(
                        new TokenHash(rs.getString("token_hash")),
                        new SessionId(rs.getString("session_id")),
                        instant(rs, "issued_at"),
                        instant(rs, "expires_at"),
                        optionalInstant(rs, "rotated_at")))
                .findOne());
    }

    @Override
    public boolean rotate(TokenHash tokenHash, Instant when) {
        return jdbi.withHandle(handle -> handle.createUpdate(
                                "UPDATE refresh_token SET rotated_at = :when WHERE token_hash = :hash AND rotated_at IS NULL")
                        .bind("when", utc(when))
                        .bind("hash", tokenHash.hex())
                        .execute())
                == 1;
    }

    @Override
    public List<LoginSession> liveSessionsOf(CustomerId customer) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT id, tenant, customer_id, client_id, created_at, last_used_at, user_agent, ip, revoked_at
                        FROM login_session WHERE customer_id = :customer AND revoked_at IS NULL
                        ORDER BY created_at DESC, id""")
                .bind("customer", customer.value())
                .map((rs, ctx) -> toSession(rs))
                .list());
    }

    private static LoginSession toSession(ResultSet rs) throws SQLException {
        return new LoginSession(
                new SessionId(rs.getString("id")),
                new TenantName(rs.getString("tenant")),
                new CustomerId(rs.getObject("customer_id", UUID.class)),
                new ClientId(rs.getString("client_id")),
                instant(rs, "created_at"),
                instant(rs, "last_used_at"),
                rs.getString("user_agent"),
                rs.getString("ip"),
                optionalInstant(rs, "revoked_at"));
    }
}
