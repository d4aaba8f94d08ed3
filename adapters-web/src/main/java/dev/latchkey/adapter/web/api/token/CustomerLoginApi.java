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
import dev.latchkey.application.port.in.token.LoginUseCase;
import dev.latchkey.application.port.in.token.LogoutUseCase;
import dev.latchkey.application.port.in.token.RefreshTokensUseCase;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.token.AccessGrant;
import dev.latchkey.domain.credential.TokenHash;
import dev.latchkey.domain.token.TokenKind;
import io.javalin.http.Context;

/** Login, refresh and logout of customers: {@code /customer/{tenant}/login}, {@code /refreshauthtoken}, {@code /logout}. */
public final class CustomerLoginApi {

    private final Tenants tenants;
    private final BearerAuth auth;
    private final ObjectMapper mapper;
    private final LoginUseCase login;
    private final RefreshTokensUseCase refreshTokens;
    private final LogoutUseCase logout;

    public CustomerLoginApi(Tenants tenants, BearerAuth auth, ObjectMapper mapper, LoginUseCase login,
                            RefreshTokensUseCase refreshTokens, LogoutUseCase logout) {
        this.tenants = tenants;
        this.auth = auth;
        this.mapper = mapper;
        this.login = login;
        this.refreshTokens = refreshTokens;
        this.logout = logout;
    }

    public void login(Context ctx) {
        Tenant tenant = tenants.require(ctx.pathParam("tenant"));
        AccessGrant anonymous = auth.require(ctx, tenant.name(), TokenKind.ANONYMOUS);
        JsonBody body = JsonBody.parse(mapper, ctx);
        var command = new LoginUseCase.Command(tenant.name(), Fields.email(body, "email"), Fields.password(body, "password"),
                anonymous.client(), Origins.of(ctx));
        var result = login.login(command);
        if (result instanceof LoginUseCase.LoggedIn loggedIn) {
            ctx.json(CustomerTokenJson.of(loggedIn.tokens()));
        } else if (result instanceof LoginUseCase.WrongCredentials) {
            throw new ApiException(ErrorCode.LK200);
        } else if (result instanceof LoginUseCase.NotActivated) {
            throw new ApiException(ErrorCode.LK201);
        } else if (result instanceof LoginUseCase.Blocked) {
            throw new ApiException(ErrorCode.LK202);
        } else if (result instanceof LoginUseCase.Throttled throttled) {
            throw ApiException.retryAfter(throttled.by() == LoginUseCase.ThrottledBy.ADDRESS ? ErrorCode.LK251 : ErrorCode.LK250,
                    throttled.retryAfter());
        }
    }

    public void refresh(Context ctx) {
        Tenant tenant = tenants.require(ctx.pathParam("tenant"));
        auth.require(ctx, tenant.name(), TokenKind.ANONYMOUS);
        String refreshToken = Fields.queryParameter(ctx, "refreshToken");
        var result = refreshTokens.refresh(new RefreshTokensUseCase.Command(tenant.name(), refreshToken, Origins.of(ctx)));
        if (result instanceof RefreshTokensUseCase.Refreshed refreshed) {
            ctx.json(CustomerTokenJson.of(refreshed.tokens()));
        } else {
            throw new ApiException(ErrorCode.LK203);
        }
    }

    public void logout(Context ctx) {
        Tenant tenant = tenants.require(ctx.pathParam("tenant"));
        AccessGrant grant = auth.require(ctx, tenant.name(), TokenKind.CUSTOMER);
        String accessToken = Fields.queryParameter(ctx, "accessToken");
        if (!TokenHash.of(accessToken).equals(grant.tokenHash())) {
            throw new ApiException(ErrorCode.LK210);
        }
        logout.logout(grant, Origins.of(ctx));
        ctx.status(204);
    }
}
