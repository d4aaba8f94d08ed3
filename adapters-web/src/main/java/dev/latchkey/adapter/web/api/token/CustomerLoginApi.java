package dev.latchkey.adapter.web.api.token;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.latchkey.adapter.web.api.token.TokenResponses.CustomerTokenJson;
import dev.latchkey.adapter.web.auth.BearerAuth;
import dev.latchkey.adapter.web.auth.Origins;
import dev.latchkey.adapter.web.auth.Tenants;
import dev.latchkey.adapter.web.error.ApiException;
import dev.latchkey.adapter.web.error.ErrorCode;
import dev.latchkey.adapter.web.json.Fields;
import dev.latchkey.adapter.web.json.JsonBody;
import dev.latchkey.adapter.web.outcome.Outcomes;
import dev.latchkey.application.port.in.token.LoginUseCase;
import dev.latchkey.application.port.in.token.RefreshTokensUseCase;
import dev.latchkey.application.port.in.token.TokenUseCases;
import dev.latchkey.domain.credential.TokenHash;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.token.AccessGrant;
import dev.latchkey.domain.token.TokenKind;
import io.javalin.http.Context;

/** Login, refresh and logout of customers: {@code /customer/{tenant}/login}, {@code /refreshauthtoken}, {@code /logout}. */
public final class CustomerLoginApi {

    private final Tenants tenants;
    private final BearerAuth auth;
    private final ObjectMapper mapper;
    private final TokenUseCases tokens;

    public CustomerLoginApi(Tenants tenants, BearerAuth auth, ObjectMapper mapper, TokenUseCases tokens) {
        this.tenants = tenants;
        this.auth = auth;
        this.mapper = mapper;
        this.tokens = tokens;
    }

    public void login(Context ctx) {
        Tenant tenant = tenants.require(ctx.pathParam("tenant"));
        AccessGrant anonymous = auth.require(ctx, tenant.name(), TokenKind.ANONYMOUS);
        JsonBody body = JsonBody.parse(mapper, ctx);
        var command = new LoginUseCase.Command(
                tenant.name(),
                Fields.email(body, "email"),
                Fields.password(body, "password"),
                anonymous.client(),
                Origins.of(ctx));
        Outcomes.of(LoginUseCase.Result.class, tokens.login().login(command))
                .on(LoginUseCase.LoggedIn.class, loggedIn -> ctx.json(CustomerTokenJson.of(loggedIn.tokens())))
                .on(LoginUseCase.WrongCredentials.class, ApiException.refusing(ErrorCode.LK200))
                .on(LoginUseCase.NotActivated.class, ApiException.refusing(ErrorCode.LK201))
                .on(LoginUseCase.Blocked.class, ApiException.refusing(ErrorCode.LK202))
                .on(LoginUseCase.Throttled.class, throttled -> {
                    throw ApiException.retryAfter(
                            throttled.by() == LoginUseCase.ThrottledBy.ADDRESS ? ErrorCode.LK251 : ErrorCode.LK250,
                            throttled.retryAfter());
                })
                .answer();
    }

    public void refresh(Context ctx) {
        Tenant tenant = tenants.require(ctx.pathParam("tenant"));
        auth.require(ctx, tenant.name(), TokenKind.ANONYMOUS);
        String refreshToken = Fields.queryParameter(ctx, "refreshToken");
        var result = tokens.refreshTokens()
                .refresh(new RefreshTokensUseCase.Command(tenant.name(), refreshToken, Origins.of(ctx)));
        Outcomes.of(RefreshTokensUseCase.Result.class, result)
                .on(
                        RefreshTokensUseCase.Refreshed.class,
                        refreshed -> ctx.json(CustomerTokenJson.of(refreshed.tokens())))
                .on(RefreshTokensUseCase.Repeated.class, repeated -> ctx.json(CustomerTokenJson.of(repeated.tokens())))
                .on(RefreshTokensUseCase.ReuseDetected.class, ApiException.refusing(ErrorCode.LK203))
                .on(RefreshTokensUseCase.Rejected.class, ApiException.refusing(ErrorCode.LK203))
                .answer();
    }

    public void logout(Context ctx) {
        Tenant tenant = tenants.require(ctx.pathParam("tenant"));
        AccessGrant grant = auth.require(ctx, tenant.name(), TokenKind.CUSTOMER);
        String accessToken = Fields.queryParameter(ctx, "accessToken");
        if (!TokenHash.of(accessToken).equals(grant.tokenHash())) {
            throw new ApiException(ErrorCode.LK210);
        }
        tokens.logout().logout(grant, Origins.of(ctx));
        ctx.status(204);
    }
}
