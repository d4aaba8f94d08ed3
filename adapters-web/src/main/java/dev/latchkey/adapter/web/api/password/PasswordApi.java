package dev.latchkey.adapter.web.api.password;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.latchkey.adapter.web.auth.BearerAuth;
import dev.latchkey.adapter.web.auth.Origins;
import dev.latchkey.adapter.web.auth.Tenants;
import dev.latchkey.adapter.web.error.ApiException;
import dev.latchkey.adapter.web.error.ErrorCode;
import dev.latchkey.adapter.web.json.Fields;
import dev.latchkey.adapter.web.json.JsonBody;
import dev.latchkey.application.port.in.password.ChangePasswordUseCase;
import dev.latchkey.application.port.in.password.RequestPasswordResetUseCase;
import dev.latchkey.application.port.in.password.ResetPasswordUseCase;
import dev.latchkey.application.port.in.password.ValidatePasswordUseCase;
import dev.latchkey.domain.credential.Password;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.token.AccessGrant;
import dev.latchkey.domain.token.TokenKind;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * The customer's password calls under {@code /customer/{tenant}/password}: {@code /reset},
 * {@code /reset/update}, {@code /change} and {@code /validate}.
 */
public final class PasswordApi {

    private final Tenants tenants;
    private final BearerAuth auth;
    private final ObjectMapper mapper;
    private final RequestPasswordResetUseCase requestReset;
    private final ResetPasswordUseCase resetPassword;
    private final ChangePasswordUseCase changePassword;
    private final ValidatePasswordUseCase validatePassword;

    public PasswordApi(Tenants tenants, BearerAuth auth, ObjectMapper mapper, RequestPasswordResetUseCase requestReset,
                       ResetPasswordUseCase resetPassword, ChangePasswordUseCase changePassword,
                       ValidatePasswordUseCase validatePassword) {
        this.tenants = tenants;
        this.auth = auth;
        this.mapper = mapper;
        this.requestReset = requestReset;
        this.resetPassword = resetPassword;
        this.changePassword = changePassword;
        this.validatePassword = validatePassword;
    }

    /** Always {@code 204} for a well-formed address, whether or not it has an account. */
    public void requestReset(Context ctx) {
        Tenant tenant = tenants.require(ctx.pathParam("tenant"));
        auth.require(ctx, tenant.name(), TokenKind.ANONYMOUS);
        JsonBody body = JsonBody.parse(mapper, ctx);
        requestReset.request(new RequestPasswordResetUseCase.Command(tenant.name(), Fields.email(body, "email")));
        ctx.status(204);
    }

    public void reset(Context ctx) {
        Tenant tenant = tenants.require(ctx.pathParam("tenant"));
        auth.require(ctx, tenant.name(), TokenKind.ANONYMOUS);
        JsonBody body = JsonBody.parse(mapper, ctx);
        String token = body.requiredText("token", ErrorCode.ER351);
        Password password = Fields.password(body, "password");
        Optional<Password> passwordVerify = body.optionalText("passwordVerify").map(Password::new);
        var result = resetPassword.reset(new ResetPasswordUseCase.Command(tenant.name(), token, password, passwordVerify,
                Origins.of(ctx)));
        if (result instanceof ResetPasswordUseCase.PasswordReset) {
            ctx.status(204);
        } else if (result instanceof ResetPasswordUseCase.TokenExpired) {
            throw new ApiException(ErrorCode.ER353);
        } else if (result instanceof ResetPasswordUseCase.TokenInvalid) {
            throw ApiException.forField(ErrorCode.ER352, "token", "invalid_value");
        } else if (result instanceof ResetPasswordUseCase.PasswordsDiffer) {
            throw ApiException.forField(ErrorCode.ER350, "passwordVerify", "mismatch");
        } else if (result instanceof ResetPasswordUseCase.PasswordRejected rejected) {
            throw Fields.passwordRejected("password", rejected.failedRules());
        }
    }

    public void change(Context ctx) {
        Tenant tenant = tenants.require(ctx.pathParam("tenant"));
        AccessGrant grant = auth.require(ctx, tenant.name(), TokenKind.CUSTOMER);
        JsonBody body = JsonBody.parse(mapper, ctx);
        Password currentPassword = Fields.password(body, "currentPassword");
        Password newPassword = Fields.password(body, "newPassword");
        var command = new ChangePasswordUseCase.Command(tenant.name(), grant.customer().orElseThrow(), grant.session(),
                currentPassword, newPassword, Origins.of(ctx));
        var result = changePassword.change(command);
        if (result instanceof ChangePasswordUseCase.PasswordChanged) {
            ctx.status(204);
        } else if (result instanceof ChangePasswordUseCase.WrongPassword) {
            throw new ApiException(ErrorCode.LK230);
        } else if (result instanceof ChangePasswordUseCase.Throttled throttled) {
            throw ApiException.retryAfter(ErrorCode.LK250, throttled.retryAfter());
        } else if (result instanceof ChangePasswordUseCase.PasswordRejected rejected) {
            throw Fields.passwordRejected("newPassword", rejected.failedRules());
        }
    }

    public void validate(Context ctx) {
        Tenant tenant = tenants.require(ctx.pathParam("tenant"));
        auth.require(ctx, tenant.name(), TokenKind.ANONYMOUS);
        JsonBody body = JsonBody.parse(mapper, ctx);
        Password password = Fields.password(body, "password");
        Optional<EmailAddress> email = body.optionalText("email").filter(text -> !text.isEmpty())
                .map(text -> Fields.email(body, "email"));
        var result = validatePassword.validate(new ValidatePasswordUseCase.Command(password, email));
        if (result instanceof ValidatePasswordUseCase.Acceptable) {
            ctx.status(204);
        } else if (result instanceof ValidatePasswordUseCase.PasswordRejected rejected) {
            throw Fields.passwordRejected("password", rejected.failedRules());
        }
    }
}
