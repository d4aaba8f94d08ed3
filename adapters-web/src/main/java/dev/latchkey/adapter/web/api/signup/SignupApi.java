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
import dev.latchkey.adapter.web.outcome.Outcomes;
import dev.latchkey.application.port.in.signup.ConfirmSignupUseCase;
import dev.latchkey.application.port.in.signup.ResendActivationUseCase;
import dev.latchkey.application.port.in.signup.SignUpUseCase;
import dev.latchkey.application.port.in.signup.SignupUseCases;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.token.AccessGrant;
import dev.latchkey.domain.token.LinkToken;
import dev.latchkey.domain.token.TokenKind;
import io.javalin.http.Context;

/** Signup with double opt-in: {@code /customer/{tenant}/signup}, {@code /signup/optin/{token}}, {@code /signup/optin/refresh_token}. */
public final class SignupApi {

    private final Tenants tenants;
    private final BearerAuth auth;
    private final ObjectMapper mapper;
    private final SignupUseCases signup;

    public SignupApi(Tenants tenants, BearerAuth auth, ObjectMapper mapper, SignupUseCases signup) {
        this.tenants = tenants;
        this.auth = auth;
        this.mapper = mapper;
        this.signup = signup;
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
        Outcomes.of(SignUpUseCase.Result.class, signup.signUp().signUp(command))
                .on(SignUpUseCase.SignedUp.class, signedUp -> ctx.status(201))
                .on(SignUpUseCase.PasswordRejected.class, rejected -> {
                    throw Fields.passwordRejected("password", rejected.failedRules());
                })
                .on(SignUpUseCase.UnknownTenant.class, ApiException.refusing(ErrorCode.LK300))
                .answer();
    }

    /** A path token that cannot be a token at all is answered like an unknown one. */
    public void confirm(Context ctx) {
        Tenant tenant = tenants.require(ctx.pathParam("tenant"));
        AccessGrant anonymous = auth.require(ctx, tenant.name(), TokenKind.ANONYMOUS);
        String token = ctx.pathParam("token");
        if (!LinkToken.isValid(token)) {
            throw new ApiException(ErrorCode.ER352);
        }
        var result = signup.confirm()
                .confirm(new ConfirmSignupUseCase.Command(
                        tenant.name(), new LinkToken(token), anonymous.client(), Origins.of(ctx)));
        Outcomes.of(ConfirmSignupUseCase.Result.class, result)
                .on(
                        ConfirmSignupUseCase.Confirmed.class,
                        confirmed -> ctx.json(CustomerTokenJson.of(confirmed.tokens())))
                .on(ConfirmSignupUseCase.TokenExpired.class, ApiException.refusing(ErrorCode.ER353))
                .on(ConfirmSignupUseCase.TokenInvalid.class, ApiException.refusing(ErrorCode.ER352))
                .answer();
    }

    public void resend(Context ctx) {
        Tenant tenant = tenants.require(ctx.pathParam("tenant"));
        auth.require(ctx, tenant.name(), TokenKind.ANONYMOUS);
        JsonBody body = JsonBody.parse(mapper, ctx);
        signup.resendActivation()
                .resend(new ResendActivationUseCase.Command(tenant.name(), Fields.email(body, "email")));
        ctx.status(202);
    }
}
