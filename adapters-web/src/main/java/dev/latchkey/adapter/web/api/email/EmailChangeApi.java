package dev.latchkey.adapter.web.api.email;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.latchkey.adapter.web.auth.BearerAuth;
import dev.latchkey.adapter.web.auth.Origins;
import dev.latchkey.adapter.web.auth.Tenants;
import dev.latchkey.adapter.web.error.ApiException;
import dev.latchkey.adapter.web.error.ErrorCode;
import dev.latchkey.adapter.web.json.Fields;
import dev.latchkey.adapter.web.json.JsonBody;
import dev.latchkey.adapter.web.outcome.Outcomes;
import dev.latchkey.application.port.in.email.ConfirmEmailChangeUseCase;
import dev.latchkey.application.port.in.email.EmailChangeUseCases;
import dev.latchkey.application.port.in.email.RequestEmailChangeUseCase;
import dev.latchkey.application.port.in.email.UndoEmailChangeUseCase;
import dev.latchkey.domain.credential.Password;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.token.AccessGrant;
import dev.latchkey.domain.token.LinkToken;
import dev.latchkey.domain.token.TokenKind;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * Changing the login email: {@code /customer/{tenant}/me/accounts/internal/email/change}, {@code .../confirm}
 * and {@code .../undo}.
 */
public final class EmailChangeApi {

    private final Tenants tenants;
    private final BearerAuth auth;
    private final ObjectMapper mapper;
    private final EmailChangeUseCases emailChange;

    public EmailChangeApi(Tenants tenants, BearerAuth auth, ObjectMapper mapper, EmailChangeUseCases emailChange) {
        this.tenants = tenants;
        this.auth = auth;
        this.mapper = mapper;
        this.emailChange = emailChange;
    }

    public void request(Context ctx) {
        Tenant tenant = tenants.require(ctx.pathParam("tenant"));
        AccessGrant grant = auth.require(ctx, tenant.name(), TokenKind.CUSTOMER);
        JsonBody body = JsonBody.parse(mapper, ctx);
        EmailAddress email = Fields.email(body, "email");
        Password password = Fields.password(body, "password");
        EmailAddress newEmail = Fields.email(body, "newEmail");
        boolean syncContactEmail = body.optionalBoolean("syncContactEmail").orElse(false);
        var result = emailChange
                .request()
                .request(new RequestEmailChangeUseCase.Command(
                        tenant.name(),
                        grant.customer().orElseThrow(),
                        Optional.of(email),
                        password,
                        newEmail,
                        Origins.of(ctx),
                        syncContactEmail));
        Outcomes.of(RequestEmailChangeUseCase.Result.class, result)
                .on(RequestEmailChangeUseCase.Requested.class, requested -> ctx.status(204))
                .on(RequestEmailChangeUseCase.WrongCredentials.class, ApiException.refusing(ErrorCode.LK240))
                .on(RequestEmailChangeUseCase.Throttled.class, throttled -> {
                    throw ApiException.retryAfter(ErrorCode.LK250, throttled.retryAfter());
                })
                .answer();
    }

    public void confirm(Context ctx) {
        Tenant tenant = tenants.require(ctx.pathParam("tenant"));
        auth.require(ctx, tenant.name(), TokenKind.ANONYMOUS);
        JsonBody body = JsonBody.parse(mapper, ctx);
        LinkToken token = Fields.linkToken(body, "token", () -> new ApiException(ErrorCode.ER352));
        var result = emailChange
                .confirm()
                .confirm(new ConfirmEmailChangeUseCase.Command(tenant.name(), token, Origins.of(ctx)));
        Outcomes.of(ConfirmEmailChangeUseCase.Result.class, result)
                .on(ConfirmEmailChangeUseCase.Changed.class, changed -> ctx.status(204))
                .on(ConfirmEmailChangeUseCase.TokenExpired.class, ApiException.refusing(ErrorCode.ER353))
                .on(ConfirmEmailChangeUseCase.EmailTaken.class, ApiException.refusing(ErrorCode.LK241))
                .on(ConfirmEmailChangeUseCase.TokenInvalid.class, ApiException.refusing(ErrorCode.ER352))
                .answer();
    }

    public void undo(Context ctx) {
        Tenant tenant = tenants.require(ctx.pathParam("tenant"));
        auth.require(ctx, tenant.name(), TokenKind.ANONYMOUS);
        JsonBody body = JsonBody.parse(mapper, ctx);
        LinkToken token = Fields.linkToken(body, "token", () -> new ApiException(ErrorCode.ER352));
        var result = emailChange.undo().undo(new UndoEmailChangeUseCase.Command(tenant.name(), token, Origins.of(ctx)));
        Outcomes.of(UndoEmailChangeUseCase.Result.class, result)
                .on(UndoEmailChangeUseCase.Undone.class, undone -> ctx.status(204))
                .on(UndoEmailChangeUseCase.TokenExpired.class, ApiException.refusing(ErrorCode.ER353))
                .on(UndoEmailChangeUseCase.EmailTaken.class, ApiException.refusing(ErrorCode.LK241))
                .on(UndoEmailChangeUseCase.TokenInvalid.class, ApiException.refusing(ErrorCode.ER352))
                .answer();
    }
}
