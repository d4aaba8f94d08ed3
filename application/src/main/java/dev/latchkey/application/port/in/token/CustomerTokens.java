package dev.latchkey.application.port.in.token;

import dev.latchkey.domain.token.SessionId;

/**
 * The tokens a customer gets at login, activation and refresh; lifetimes in seconds.
 *
 * @param preferredLanguage the customer's language ({@code en_US}, {@code de_DE}), which a page session takes on
 */
public record CustomerTokens(
        String accessToken,
        String saasToken,
        long expiresIn,
        String refreshToken,
        long refreshTokenExpiresIn,
        SessionId session,
        String preferredLanguage) {

    @Override
    public String toString() {
        return "CustomerTokens[session=" + session + "]";
    }
}
