package dev.latchkey.adapter.web.api.email;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.latchkey.adapter.web.auth.BearerAuth;
import dev.latchkey.adapter.web.auth.Origins;
import dev.latchkey.adapter.web.auth.Tenants;
import dev.latchkey.adapter.web.error.ApiException;
import dev.latchkey.adapter.web.error.ErrorCode;
import dev.latchkey.adapter.web.json.Fields;
import dev.latchkey.adapter.web.json.JsonBody;
import dev.latchkey.application.port.in.email.ConfirmEmailChangeUseCase;
import dev.latchkey.application.port.in.email.RequestEmailChangeUseCase;
import dev.latchkey.application.port.in.email.UndoEmailChangeUseCase;
import dev.latchkey.domain.credential.Password;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.token.AccessGrant;
import dev.latchkey.domain.token.TokenKind;
import io.javalin.http.Context;

/**
 * Changing the login email: {@code /customer/{tenant}/me/accounts/internal/email/change}, {@code .../confirm}
 * and {@code .../undo}.
 */
public final class EmailChangeApi {

    private final Tenants tenants;
    private final BearerAuth auth;
    private final ObjectMapper mapper;
    private final RequestEmailChangeUseCase requestEmailChange;
    private final ConfirmEmailChangeUseCase confirmEmailChange;
    private final UndoEmailChangeUseCase undoEmailChange;

    public EmailChangeApi(Tenants tenants, BearerAuth auth, ObjectMapper mapper, RequestEmailChangeUseCase requestEmailChange,
                          ConfirmEmailChangeUseCase confirmEmailChange, UndoEmailChangeUseCase undoEmailChange) {
        this.tenants = tenants;
        this.auth = auth;
        this.mapper = mapper;
        this.requestEmailChange = requestEmailChange;
        this.confirmEmailChange = confirmEmailChange;
        this.undoEmailChange = undoEmailChange;
    }

    public void request(Context ctx) {
        Tenant tenant = tenants.require(ctx.pathParam("tenant"));
        AccessGrant grant = auth.require(ctx, tenant.name(), TokenKind.CUSTOMER);
        JsonBody body = JsonBody.parse(mapper, ctx);
        EmailAddress email = Fields.email(body, "email");
        Password password = Fields.password(body, "password");
        EmailAddress newEmail = Fields.email(body, "newEmail");
        boolean syncContactEmail = body.optionalBoolean("syncContactEmail").orElse(false);
        var result = requestEmailChange.request(new RequestEmailChangeUseCase.Command(tenant.name(),
                grant.customer().orElseThrow(), email, password, newEmail, Origins.of(ctx), syncContactEmail));
        if (result instanceof RequestEmailChangeUseCase.Requested) {
            ctx.status(204);
        } else if (result instanceof RequestEmailChangeUseCase.WrongCredentials) {
            throw new ApiException(ErrorCode.LK240);
        } else if (result instanceof RequestEmailChangeUseCase.Throttled throttled) {
            throw ApiException.retryAfter(ErrorCode.LK250, throttled.retryAfter());
        }
    }

    public void confirm(Context ctx) {
        Tenant tenant = tenants.require(ctx.pathParam("tenant"));
        auth.require(ctx, tenant.name(), TokenKind.ANONYMOUS);
        JsonBody body = JsonBody.parse(mapper, ctx);
        String token = body.requiredText("token", ErrorCode.ER351);
        var result = confirmEmailChange.confirm(new ConfirmEmailChangeUseCase.Command(tenant.name(), token, Origins.of(ctx)));
        if (result instanceof ConfirmEmailChangeUseCase.Changed) {
            ctx.status(204);
        } else if (result instanceof ConfirmEmailChangeUseCase.TokenExpired) {
            throw new ApiException(ErrorCode.ER353);
        } else if (result instanceof ConfirmEmailChangeUseCase.EmailTaken) {
            throw new ApiException(ErrorCode.LK241);
        } else {
            throw new ApiException(ErrorCode.ER352);
        }
    }

    public void undo(Context ctx) {
        Tenant tenant = tenants.require(ctx.pathParam("tenant"));
        auth.require(ctx, tenant.name(), TokenKind.ANONYMOUS);
        JsonBody body = JsonBody.parse(mapper, ctx);
        String token = body.requiredText("token", ErrorCode.ER351);
        var result = undoEmailChange.undo(new UndoEmailChangeUseCase.Command(tenant.name(), token, Origins.of(ctx)));
        if (result instanceof UndoEmailChangeUseCase.Undone) {
            ctx.status(204);
        } else if (result instanceof UndoEmailChangeUseCase.TokenExpired) {
            throw new ApiException(ErrorCode.ER353);
        } else if (result instanceof UndoEmailChangeUseCase.EmailTaken) {
            throw new ApiException(ErrorCode.LK241);
        } else {
            throw new ApiException(ErrorCode.ER352);
        }
    }
}
