package dev.latchkey.application.port.out;

import dev.latchkey.domain.credential.TokenHash;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.token.LoginSession;
import dev.latchkey.domain.token.RefreshToken;
import dev.latchkey.domain.token.SessionId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Keeps customers' login sessions and their refresh tokens. */
public interface LoginSessionRepository {

    void add(LoginSession session);

    Optional<LoginSession> find(SessionId id);

    void markUsed(SessionId id, Instant when);

    /** Revokes the session: its access tokens and refresh tokens stop working at once. */
    void revoke(SessionId id, Instant when);

    /** Revokes every live session of the customer except {@code keep}, as {@link #revoke} does for one. */
    void revokeAllOf(CustomerId customer, Optional<SessionId> keep, Instant when);

    void addRefreshToken(RefreshToken token);

    Optional<RefreshToken> findRefreshToken(TokenHash tokenHash);

    /**
     * Marks a refresh token as rotated, only if it was not rotated before; false when another
     * request rotated it first. This conditional update is what makes rotation safe across nodes.
     */
    boolean rotate(TokenHash tokenHash, Instant when);

    /** The customer's sessions that were not revoked, newest first. */
    List<LoginSession> liveSessionsOf(CustomerId customer);
}
