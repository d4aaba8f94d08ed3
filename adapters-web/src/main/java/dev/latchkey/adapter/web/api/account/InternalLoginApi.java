package dev.latchkey.adapter.web.api.account;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.latchkey.adapter.web.auth.BearerAuth;
import dev.latchkey.adapter.web.auth.Tenants;
import dev.latchkey.adapter.web.error.ApiException;
import dev.latchkey.adapter.web.error.ErrorCode;
import dev.latchkey.adapter.web.json.Fields;
import dev.latchkey.adapter.web.json.JsonBody;
import dev.latchkey.adapter.web.outcome.Outcomes;
import dev.latchkey.application.port.in.account.AccountUseCases;
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
    private final AccountUseCases account;

    public InternalLoginApi(Tenants tenants, BearerAuth auth, ObjectMapper mapper, AccountUseCases account) {
        this.tenants = tenants;
        this.auth = auth;
        this.mapper = mapper;
        this.account = account;
    }

    public void add(Context ctx) {
        Tenant tenant = tenants.require(ctx.pathParam("tenant"));
        AccessGrant grant = auth.require(ctx, tenant.name(), TokenKind.CUSTOMER);
        JsonBody body = JsonBody.parse(mapper, ctx);
        var command = new AddInternalLoginUseCase.Command(
                tenant.name(),
                grant.customer().orElseThrow(),
                Fields.email(body, "email"),
                Fields.password(body, "password"));
        Outcomes.of(
                        AddInternalLoginUseCase.Result.class,
                        account.addInternalLogin().add(command))
                .on(AddInternalLoginUseCase.Added.class, added -> ctx.status(201))
                .on(AddInternalLoginUseCase.AlreadyHasLogin.class, ApiException.refusing(ErrorCode.LK145))
                .on(AddInternalLoginUseCase.EmailTaken.class, taken -> {
                    throw ApiException.forField(ErrorCode.LK241, "email", "taken");
                })
                .on(AddInternalLoginUseCase.PasswordRejected.class, rejected -> {
                    throw Fields.passwordRejected("password", rejected.failedRules());
                })
                .answer();
    }
}
