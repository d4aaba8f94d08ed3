package dev.latchkey.application.port.in.token;

import dev.latchkey.domain.token.SessionId;

/** The tokens a customer gets at login, activation and refresh; lifetimes in seconds. */
public record CustomerTokens(
        String accessToken,
        String saasToken,
        long expiresIn,
        String refreshToken,
        long refreshTokenExpiresIn,
        SessionId session) {

    @Override
    public String toString() {
        return "CustomerTokens[session=" + session + "]";
    }
}
