package dev.latchkey.application.service.token;

import dev.latchkey.application.port.in.token.AuthenticateUseCase;
import dev.latchkey.application.port.out.AccessGrantRepository;
import dev.latchkey.domain.credential.TokenHash;
import java.time.Clock;

/** Resolves bearer tokens by the hash of the presented token; one indexed row read per request. */
public final class AuthenticateService implements AuthenticateUseCase {

    private static final int MAX_TOKEN_LENGTH = 512;

    private final AccessGrantRepository grants;
    private final Clock clock;

    public AuthenticateService(AccessGrantRepository grants, Clock clock) {
        this.grants = grants;
        this.clock = clock;
    }

    @Override
    public Result authenticate(String bearerToken) {
        if (bearerToken == null || bearerToken.isBlank() || bearerToken.length() > MAX_TOKEN_LENGTH) {
            return new Invalid();
        }
        return grants.find(TokenHash.of(bearerToken))
                .<Result>map(grant -> grant.isExpiredAt(clock.instant()) ? new Expired() : new Authenticated(grant))
                .orElseGet(Invalid::new);
    }
}
