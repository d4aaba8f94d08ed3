package dev.latchkey.adapter.web.api.password;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.latchkey.adapter.web.auth.BearerAuth;
import dev.latchkey.adapter.web.auth.Tenants;
import dev.latchkey.adapter.web.error.ApiException;
import dev.latchkey.adapter.web.error.ErrorCode;
import dev.latchkey.adapter.web.json.Fields;
import dev.latchkey.adapter.web.json.JsonBody;
import dev.latchkey.adapter.web.outcome.Outcomes;
import dev.latchkey.application.port.in.admin.AdminUseCases;
import dev.latchkey.application.port.in.password.SetPasswordUseCase;
import dev.latchkey.application.port.in.password.TriggerPasswordResetUseCase;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.profile.CustomerType;
import dev.latchkey.domain.tenant.AdminScopes;
import dev.latchkey.domain.tenant.Tenant;
import io.javalin.http.Context;

/**
 * The shop backend's password calls: {@code POST /v1/accounts/{tenant}/customers/change_password}
 * (mail a reset link) and {@code PUT /admin/{tenant}/customers/{id}/password} (set a password).
 */
public final class AdminPasswordApi {

    private final Tenants tenants;
    private final BearerAuth auth;
    private final ObjectMapper mapper;
    private final AdminUseCases admin;

    public AdminPasswordApi(Tenants tenants, BearerAuth auth, ObjectMapper mapper, AdminUseCases admin) {
        this.tenants = tenants;
        this.auth = auth;
        this.mapper = mapper;
        this.admin = admin;
    }

    /** Always {@code 204} for a well-formed request, whether or not a customer matched. */
    public void triggerReset(Context ctx) {
        Tenant tenant = tenants.require(ctx.pathParam("tenant"));
        auth.requireScope(ctx, tenant.name(), AdminScopes.RESET_PASSWORDS);
        JsonBody body = JsonBody.parse(mapper, ctx);
        var email = Fields.email(body, "email");
        CustomerType type = accountType(body.requiredText("type", ErrorCode.LK102));
        var audience = body.optionalText("audience");
        admin.triggerPasswordReset()
                .trigger(new TriggerPasswordResetUseCase.Command(tenant.name(), email, type, audience));
        ctx.status(204);
    }

    public void setPassword(Context ctx) {
        Tenant tenant = tenants.require(ctx.pathParam("tenant"));
        auth.requireScope(ctx, tenant.name(), AdminScopes.MANAGE_CUSTOMERS);
        CustomerId customer = customerId(ctx.pathParam("id"));
        JsonBody body = JsonBody.parse(mapper, ctx);
        var result = admin.setPassword()
                .set(new SetPasswordUseCase.Command(tenant.name(), customer, Fields.password(body, "password")));
        Outcomes.of(SetPasswordUseCase.Result.class, result)
                .on(SetPasswordUseCase.PasswordSet.class, set -> ctx.status(204))
                .on(SetPasswordUseCase.CustomerNotFound.class, ApiException.refusing(ErrorCode.LK130))
                .on(SetPasswordUseCase.PasswordRejected.class, rejected -> {
                    throw Fields.passwordRejected("password", rejected.failedRules());
                })
                .answer();
    }

    private static CustomerType accountType(String text) {
        return switch (text) {
            case "customer" -> CustomerType.CUSTOMER;
            case "company" -> CustomerType.COMPANY;
            default -> throw ApiException.forField(ErrorCode.LK111, "type", "invalid_value");
        };
    }

    /** A malformed id names no customer: {@code 404} like an unknown one. */
    private static CustomerId customerId(String text) {
        try {
            return CustomerId.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ApiException(ErrorCode.LK130);
        }
    }
}
