package dev.latchkey.adapter.web.api.token;

import dev.latchkey.adapter.web.error.ApiException;
import dev.latchkey.adapter.web.error.ErrorCode;
import dev.latchkey.application.port.in.token.TokenUseCases;
import dev.latchkey.domain.tenant.TenantName;
import io.javalin.http.Context;

/** {@code GET /customer/{tenant}/.well-known/jwks.json}: the keys that verify the tenant's saasTokens. */
public final class JwksApi {

    private final TokenUseCases tokens;

    public JwksApi(TokenUseCases tokens) {
        this.tokens = tokens;
    }

    public void keys(Context ctx) {
        String tenant = ctx.pathParam("tenant");
        if (!TenantName.isValid(tenant)) {
            throw new ApiException(ErrorCode.LK300);
        }
        String keySet = tokens.publicKeys()
                .publicKeys(new TenantName(tenant))
                .orElseThrow(() -> new ApiException(ErrorCode.LK300));
        ctx.header("Cache-Control", "public, max-age=300");
        ctx.contentType("application/json").result(keySet);
    }
}
