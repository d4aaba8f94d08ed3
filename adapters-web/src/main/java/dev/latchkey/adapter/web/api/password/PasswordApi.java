package dev.latchkey.adapter.web.api.password;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.latchkey.adapter.web.auth.BearerAuth;
import dev.latchkey.adapter.web.auth.Origins;
import dev.latchkey.adapter.web.auth.Tenants;
import dev.latchkey.adapter.web.error.ApiException;
import dev.latchkey.adapter.web.error.ErrorCode;
import dev.latchkey.adapter.web.json.Fields;
import dev.latchkey.adapter.web.json.JsonBody;
import dev.latchkey.adapter.web.outcome.Outcomes;
import dev.latchkey.application.port.in.password.ChangePasswordUseCase;
import dev.latchkey.application.port.in.password.PasswordUseCases;
import dev.latchkey.application.port.in.password.RequestPasswordResetUseCase;
import dev.latchkey.application.port.in.password.ResetPasswordUseCase;
import dev.latchkey.application.port.in.password.ValidatePasswordUseCase;
import dev.latchkey.domain.credential.Password;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.token.AccessGrant;
import dev.latchkey.domain.token.LinkToken;
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
    private final PasswordUseCases passwords;

    public PasswordApi(Tenants tenants, BearerAuth auth, ObjectMapper mapper, PasswordUseCases passwords) {
        this.tenants = tenants;
        this.auth = auth;
        this.mapper = mapper;
        this.passwords = passwords;
    }

    /** Always {@code 204} for a well-formed address, whether or not it has an account. */
    public void requestReset(Context ctx) {
        Tenant tenant = tenants.require(ctx.pathParam("tenant"));
        auth.require(ctx, tenant.name(), TokenKind.ANONYMOUS);
        JsonBody body = JsonBody.parse(mapper, ctx);
        passwords
                .requestReset()
                .request(new RequestPasswordResetUseCase.Command(tenant.name(), Fields.email(body, "email")));
        ctx.status(204);
    }

    public void reset(Context ctx) {
        Tenant tenant = tenants.require(ctx.pathParam("tenant"));
        auth.require(ctx, tenant.name(), TokenKind.ANONYMOUS);
        JsonBody body = JsonBody.parse(mapper, ctx);
        LinkToken token = Fields.linkToken(body, "token", PasswordApi::invalidToken);
        Password password = Fields.password(body, "password");
        Optional<Password> passwordVerify = body.optionalText("passwordVerify").map(Password::new);
        var result = passwords
                .reset()
                .reset(new ResetPasswordUseCase.Command(
                        tenant.name(), token, password, passwordVerify, Origins.of(ctx)));
        Outcomes.of(ResetPasswordUseCase.Result.class, result)
                .on(ResetPasswordUseCase.PasswordReset.class, reset -> ctx.status(204))
                .on(ResetPasswordUseCase.TokenExpired.class, ApiException.refusing(ErrorCode.ER353))
                .on(ResetPasswordUseCase.TokenInvalid.class, invalid -> {
                    throw invalidToken();
                })
                .on(ResetPasswordUseCase.PasswordsDiffer.class, differ -> {
                    throw ApiException.forField(ErrorCode.ER350, "passwordVerify", "mismatch");
                })
                .on(ResetPasswordUseCase.PasswordRejected.class, rejected -> {
                    throw Fields.passwordRejected("password", rejected.failedRules());
                })
                .answer();
    }

    public void change(Context ctx) {
        Tenant tenant = tenants.require(ctx.pathParam("tenant"));
        AccessGrant grant = auth.require(ctx, tenant.name(), TokenKind.CUSTOMER);
        JsonBody body = JsonBody.parse(mapper, ctx);
        Password currentPassword = Fields.password(body, "currentPassword");
        Password newPassword = Fields.password(body, "newPassword");
        var command = new ChangePasswordUseCase.Command(
                tenant.name(),
                grant.customer().orElseThrow(),
                grant.session(),
                currentPassword,
                newPassword,
                Origins.of(ctx));
        Outcomes.of(ChangePasswordUseCase.Result.class, passwords.change().change(command))
                .on(ChangePasswordUseCase.PasswordChanged.class, changed -> ctx.status(204))
                .on(ChangePasswordUseCase.WrongPassword.class, ApiException.refusing(ErrorCode.LK230))
                .on(ChangePasswordUseCase.Throttled.class, throttled -> {
                    throw ApiException.retryAfter(ErrorCode.LK250, throttled.retryAfter());
                })
                .on(ChangePasswordUseCase.PasswordRejected.class, rejected -> {
                    throw Fields.passwordRejected("newPassword", rejected.failedRules());
                })
                .answer();
    }

    public void validate(Context ctx) {
        Tenant tenant = tenants.require(ctx.pathParam("tenant"));
        auth.require(ctx, tenant.name(), TokenKind.ANONYMOUS);
        JsonBody body = JsonBody.parse(mapper, ctx);
        Password password = Fields.password(body, "password");
        Optional<EmailAddress> email =
                body.optionalText("email").filter(text -> !text.isEmpty()).map(text -> Fields.email(body, "email"));
        var result = passwords.validate().validate(new ValidatePasswordUseCase.Command(password, email));
        Outcomes.of(ValidatePasswordUseCase.Result.class, result)
                .on(ValidatePasswordUseCase.Acceptable.class, acceptable -> ctx.status(204))
                .on(ValidatePasswordUseCase.PasswordRejected.class, rejected -> {
                    throw Fields.passwordRejected("password", rejected.failedRules());
                })
                .answer();
    }

    private static ApiException invalidToken() {
        return ApiException.forField(ErrorCode.ER352, "token", "invalid_value");
    }
}
