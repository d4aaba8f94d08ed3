package dev.latchkey.adapter.web.auth;

import dev.latchkey.adapter.web.error.ApiException;
import dev.latchkey.adapter.web.error.ErrorCode;
import dev.latchkey.adapter.web.outcome.Outcomes;
import dev.latchkey.application.port.in.token.AuthenticateUseCase;
import dev.latchkey.application.port.in.token.TokenUseCases;
import dev.latchkey.domain.tenant.TenantName;
import dev.latchkey.domain.token.AccessGrant;
import dev.latchkey.domain.token.TokenKind;
import io.javalin.http.Context;
import java.util.Collections;
import java.util.List;

/** Checks the bearer token of a request: present, valid, of the tenant in the URL and of the kind the call takes. */
public final class BearerAuth {

    private static final String PREFIX = "Bearer ";

    private final TokenUseCases tokens;

    public BearerAuth(TokenUseCases tokens) {
        this.tokens = tokens;
    }

    public AccessGrant require(Context ctx, TenantName tenant, TokenKind kind) {
        AccessGrant grant = authenticated(ctx);
        if (!grant.tenant().equals(tenant) || grant.kind() != kind) {
            throw new ApiException(ErrorCode.LK210);
        }
        return grant;
    }

    /**
     * A service token of the tenant that holds {@code scope}. Any other kind of token, or a service
     * token of another tenant, is {@code 403} like a missing scope: a shop's backend learns nothing
     * about other tenants.
     */
    public AccessGrant requireScope(Context ctx, TenantName tenant, String scope) {
        AccessGrant grant = require(ctx, tenant, TokenKind.SERVICE);
        if (!grant.hasScope(scope)) {
            throw new ApiException(ErrorCode.LK211);
        }
        return grant;
    }

    /** The raw token of the request, once it is known to be there. */
    public static String presentedToken(Context ctx) {
        List<String> headers = Collections.list(ctx.req().getHeaders("Authorization"));
        if (headers.isEmpty()) {
            throw new ApiException(ErrorCode.ER802);
        }
        if (headers.size() > 1) {
            throw new ApiException(ErrorCode.ER803);
        }
        String header = headers.get(0);
        if (header.length() <= PREFIX.length() || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            throw new ApiException(ErrorCode.ER800);
        }
        return header.substring(PREFIX.length()).strip();
    }

    private AccessGrant authenticated(Context ctx) {
        AuthenticateUseCase.Result result = tokens.authenticate().authenticate(presentedToken(ctx));
        return Outcomes.<AuthenticateUseCase.Result, AccessGrant>valueOf(AuthenticateUseCase.Result.class, result)
                .on(AuthenticateUseCase.Authenticated.class, AuthenticateUseCase.Authenticated::grant)
                .on(AuthenticateUseCase.Expired.class, expired -> {
                    throw new ApiException(ErrorCode.ER801);
                })
                .on(AuthenticateUseCase.Invalid.class, invalid -> {
                    throw new ApiException(ErrorCode.ER800);
                })
                .value();
    }
}
