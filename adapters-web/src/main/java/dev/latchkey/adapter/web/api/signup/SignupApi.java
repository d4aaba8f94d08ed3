package dev.latchkey.adapter.web.api.signup;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.latchkey.adapter.web.api.address.AddressJson;
import dev.latchkey.adapter.web.api.profile.ProfileJson;
import dev.latchkey.adapter.web.api.token.TokenResponses.CustomerTokenJson;
import dev.latchkey.adapter.web.auth.BearerAuth;
import dev.latchkey.adapter.web.auth.Origins;
import dev.latchkey.adapter.web.auth.Tenants;
import dev.latchkey.adapter.web.error.ApiException;
import dev.latchkey.adapter.web.error.ErrorCode;
import dev.latchkey.adapter.web.json.Fields;
import dev.latchkey.adapter.web.json.JsonBody;
import dev.latchkey.application.port.in.signup.ConfirmSignupUseCase;
import dev.latchkey.application.port.in.signup.ResendActivationUseCase;
import dev.latchkey.application.port.in.signup.SignUpUseCase;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.token.AccessGrant;
import dev.latchkey.domain.token.TokenKind;
import io.javalin.http.Context;

/** Signup with double opt-in: {@code /customer/{tenant}/signup}, {@code /signup/optin/{token}}, {@code /signup/optin/refresh_token}. */
public final class SignupApi {

    private final Tenants tenants;
    private final BearerAuth auth;
    private final ObjectMapper mapper;
    private final SignUpUseCase signUp;
    private final ConfirmSignupUseCase confirmSignup;
    private final ResendActivationUseCase resendActivation;

    public SignupApi(Tenants tenants, BearerAuth auth, ObjectMapper mapper, SignUpUseCase signUp,
                     ConfirmSignupUseCase confirmSignup, ResendActivationUseCase resendActivation) {
        this.tenants = tenants;
        this.auth = auth;
        this.mapper = mapper;
        this.signUp = signUp;
        this.confirmSignup = confirmSignup;
        this.resendActivation = resendActivation;
    }

    public void signUp(Context ctx) {
        Tenant tenant = tenants.require(ctx.pathParam("tenant"));
        auth.require(ctx, tenant.name(), TokenKind.ANONYMOUS);
        JsonBody body = JsonBody.parse(mapper, ctx);
        var email = Fields.email(body, "email");
        var password = Fields.password(body, "password");
        var details = body.optionalObject("customerDetails")
                .map(object -> ProfileJson.patch(mapper, object, "customerDetails."));
        var address = body.optionalObject("customerAddress")
                .map(object -> AddressJson.patch(mapper, object, "customerAddress."));
        var command = new SignUpUseCase.Command(tenant.name(), email, password, details, address);
        var result = signUp.signUp(command);
        if (result instanceof SignUpUseCase.SignedUp) {
            ctx.status(201);
        } else if (result instanceof SignUpUseCase.PasswordRejected rejected) {
            throw Fields.passwordRejected("password", rejected.failedRules());
        } else if (result instanceof SignUpUseCase.UnknownTenant) {
            throw new ApiException(ErrorCode.LK300);
        }
    }

    public void confirm(Context ctx) {
        Tenant tenant = tenants.require(ctx.pathParam("tenant"));
        AccessGrant anonymous = auth.require(ctx, tenant.name(), TokenKind.ANONYMOUS);
        String token = ctx.pathParam("token");
        var result = confirmSignup.confirm(new ConfirmSignupUseCase.Command(tenant.name(), token, anonymous.client(),
                Origins.of(ctx)));
        if (result instanceof ConfirmSignupUseCase.Confirmed confirmed) {
            ctx.json(CustomerTokenJson.of(confirmed.tokens()));
        } else if (result instanceof ConfirmSignupUseCase.TokenExpired) {
            throw new ApiException(ErrorCode.ER353);
        } else {
            throw new ApiException(ErrorCode.ER352);
        }
    }

    public void resend(Context ctx) {
        Tenant tenant = tenants.require(ctx.pathParam("tenant"));
        auth.require(ctx, tenant.name(), TokenKind.ANONYMOUS);
        JsonBody body = JsonBody.parse(mapper, ctx);
        resendActivation.resend(new ResendActivationUseCase.Command(tenant.name(), Fields.email(body, "email")));
        ctx.status(202);
    }
}
