package dev.latchkey.adapter.web.api.account;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.latchkey.adapter.web.auth.BearerAuth;
import dev.latchkey.adapter.web.auth.Tenants;
import dev.latchkey.adapter.web.error.ApiException;
import dev.latchkey.adapter.web.error.ErrorCode;
import dev.latchkey.adapter.web.json.Fields;
import dev.latchkey.adapter.web.json.JsonBody;
import dev.latchkey.application.port.in.account.AddInternalLoginUseCase;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.token.AccessGrant;
import dev.latchkey.domain.token.TokenKind;
import io.javalin.http.Context;

/** {@code POST /customer/{tenant}/me/accounts/internal}: adds an email+password login to a customer without one. */
public final class InternalLoginApi {

    private final Tenants tenants;
    private final BearerAuth auth;
    private final ObjectMapper mapper;
    private final AddInternalLoginUseCase addInternalLogin;

    public InternalLoginApi(Tenants tenants, BearerAuth auth, ObjectMapper mapper, AddInternalLoginUseCase addInternalLogin) {
        this.tenants = tenants;
        this.auth = auth;
        this.mapper = mapper;
        this.addInternalLogin = addInternalLogin;
    }

    public void add(Context ctx) {
        Tenant tenant = tenants.require(ctx.pathParam("tenant"));
        AccessGrant grant = auth.require(ctx, tenant.name(), TokenKind.CUSTOMER);
        JsonBody body = JsonBody.parse(mapper, ctx);
        var command = new AddInternalLoginUseCase.Command(tenant.name(), grant.customer().orElseThrow(),
                Fields.email(body, "email"), Fields.password(body, "password"));
        var result = addInternalLogin.add(command);
        if (result instanceof AddInternalLoginUseCase.Added) {
            ctx.status(201);
        } else if (result instanceof AddInternalLoginUseCase.AlreadyHasLogin) {
            throw new ApiException(ErrorCode.LK145);
        } else if (result instanceof AddInternalLoginUseCase.EmailTaken) {
            throw ApiException.forField(ErrorCode.LK241, "email", "taken");
        } else if (result instanceof AddInternalLoginUseCase.PasswordRejected rejected) {
            throw Fields.passwordRejected("password", rejected.failedRules());
        }
    }
}
