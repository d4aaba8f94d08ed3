package dev.latchkey.domain.token;

import dev.latchkey.domain.credential.TokenHash;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A refresh token of a login session, kept under its hash. Once rotated it must never be
 * accepted again; presenting it anyway is the sign of a stolen token.
 */
public record RefreshToken(
        TokenHash tokenHash, SessionId session, Instant issuedAt, Instant expiresAt, Optional<Instant> rotatedAt) {

    public RefreshToken {
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(rotatedAt, "rotatedAt");
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public boolean wasRotated() {
        return rotatedAt.isPresent();
    }
}
