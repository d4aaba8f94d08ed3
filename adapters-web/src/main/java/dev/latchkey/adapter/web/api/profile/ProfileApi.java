package dev.latchkey.adapter.web.api.profile;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.latchkey.adapter.web.auth.BearerAuth;
import dev.latchkey.adapter.web.auth.Tenants;
import dev.latchkey.adapter.web.error.ApiException;
import dev.latchkey.adapter.web.error.ErrorCode;
import dev.latchkey.adapter.web.json.JsonBody;
import dev.latchkey.adapter.web.outcome.Outcomes;
import dev.latchkey.application.port.in.profile.GetProfileUseCase;
import dev.latchkey.application.port.in.profile.ProfileUseCases;
import dev.latchkey.application.port.in.profile.UpdateProfileUseCase;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.token.AccessGrant;
import dev.latchkey.domain.token.TokenKind;
import io.javalin.http.Context;
import java.util.Arrays;

/**
 * The customer's profile: {@code GET /customer/{tenant}/me?expand=addresses} and {@code PATCH /me} (a JSON Merge
 * Patch). A customer deleted while its token lives is answered as an invalid token.
 */
public final class ProfileApi {

    private final Tenants tenants;
    private final BearerAuth auth;
    private final ObjectMapper mapper;
    private final ProfileUseCases profile;

    public ProfileApi(Tenants tenants, BearerAuth auth, ObjectMapper mapper, ProfileUseCases profile) {
        this.tenants = tenants;
        this.auth = auth;
        this.mapper = mapper;
        this.profile = profile;
    }

    public void get(Context ctx) {
        Tenant tenant = tenants.require(ctx.pathParam("tenant"));
        AccessGrant grant = auth.require(ctx, tenant.name(), TokenKind.CUSTOMER);
        boolean withAddresses = ctx.queryParams("expand").stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .anyMatch(value -> value.strip().equals("addresses"));
        var result = profile.get()
                .get(new GetProfileUseCase.Command(
                        tenant.name(), grant.customer().orElseThrow(), withAddresses));
        Outcomes.of(GetProfileUseCase.Result.class, result)
                .on(GetProfileUseCase.Found.class, found -> ctx.json(ProfileJson.of(mapper, found.profile())))
                .on(GetProfileUseCase.UnknownCustomer.class, ApiException.refusing(ErrorCode.ER800))
                .answer();
    }

    public void patch(Context ctx) {
        Tenant tenant = tenants.require(ctx.pathParam("tenant"));
        AccessGrant grant = auth.require(ctx, tenant.name(), TokenKind.CUSTOMER);
        JsonBody body = JsonBody.parse(mapper, ctx);
        var patch = ProfileJson.patch(mapper, body.root(), "");
        var result = profile.update()
                .update(new UpdateProfileUseCase.Command(
                        tenant.name(), grant.customer().orElseThrow(), patch));
        Outcomes.of(UpdateProfileUseCase.Result.class, result)
                .on(UpdateProfileUseCase.Updated.class, updated -> ctx.json(ProfileJson.of(mapper, updated.profile())))
                .on(UpdateProfileUseCase.UnknownCustomer.class, ApiException.refusing(ErrorCode.ER800))
                .answer();
    }
}
