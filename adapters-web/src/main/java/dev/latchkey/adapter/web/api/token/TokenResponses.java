package dev.latchkey.adapter.web.api.token;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.latchkey.application.port.in.token.CustomerTokens;

/** The JSON shapes of token answers. */
public final class TokenResponses {

    private TokenResponses() {}

    /** Answer of login, activation and refresh. */
    public record CustomerTokenJson(
            String accessToken, String saasToken, long expiresIn, String refreshToken, long refreshTokenExpiresIn) {

        public static CustomerTokenJson of(CustomerTokens tokens) {
            return new CustomerTokenJson(
                    tokens.accessToken(),
                    tokens.saasToken(),
                    tokens.expiresIn(),
                    tokens.refreshToken(),
                    tokens.refreshTokenExpiresIn());
        }
    }

    /** Answer of the anonymous login. */
    public record AnonymousTokenJson(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("token_type") String tokenType,
            @JsonProperty("expires_in") long expiresIn,
            String sessionId) {}

    /** Answer of the client-credentials grant. */
    public record ServiceTokenJson(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("token_type") String tokenType,
            @JsonProperty("expires_in") long expiresIn,
            String scope) {}
}
