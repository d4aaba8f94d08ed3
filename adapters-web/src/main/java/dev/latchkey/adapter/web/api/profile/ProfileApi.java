package dev.latchkey.adapter.web.api.profile;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.latchkey.adapter.web.auth.BearerAuth;
import dev.latchkey.adapter.web.auth.Tenants;
import dev.latchkey.adapter.web.error.ApiException;
import dev.latchkey.adapter.web.error.ErrorCode;
import dev.latchkey.adapter.web.json.JsonBody;
import dev.latchkey.application.port.in.profile.GetProfileUseCase;
import dev.latchkey.application.port.in.profile.UpdateProfileUseCase;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.token.AccessGrant;
import dev.latchkey.domain.token.TokenKind;
import io.javalin.http.Context;
import java.util.Arrays;

/** The customer's profile: {@code GET /customer/{tenant}/me?expand=addresses} and {@code PATCH /me} (a JSON Merge Patch). */
public final class ProfileApi {

    private final Tenants tenants;
    private final BearerAuth auth;
    private final ObjectMapper mapper;
    private final GetProfileUseCase getProfile;
    private final UpdateProfileUseCase updateProfile;

    public ProfileApi(Tenants tenants, BearerAuth auth, ObjectMapper mapper, GetProfileUseCase getProfile,
                      UpdateProfileUseCase updateProfile) {
        this.tenants = tenants;
        this.auth = auth;
        this.mapper = mapper;
        this.getProfile = getProfile;
        this.updateProfile = updateProfile;
    }

    public void get(Context ctx) {
        Tenant tenant = tenants.require(ctx.pathParam("tenant"));
        AccessGrant grant = auth.require(ctx, tenant.name(), TokenKind.CUSTOMER);
        boolean withAddresses = ctx.queryParams("expand").stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .anyMatch(value -> value.strip().equals("addresses"));
        var result = getProfile.get(new GetProfileUseCase.Command(tenant.name(), grant.customer().orElseThrow(), withAddresses));
        if (result instanceof GetProfileUseCase.Found found) {
            ctx.json(ProfileJson.of(mapper, found.profile()));
        } else {
            throw new ApiException(ErrorCode.ER800);
        }
    }

    public void patch(Context ctx) {
        Tenant tenant = tenants.require(ctx.pathParam("tenant"));
        AccessGrant grant = auth.require(ctx, tenant.name(), TokenKind.CUSTOMER);
        JsonBody body = JsonBody.parse(mapper, ctx);
        var patch = ProfileJson.patch(mapper, body.root(), "");
        var result = updateProfile.update(new UpdateProfileUseCase.Command(tenant.name(), grant.customer().orElseThrow(), patch));
        if (result instanceof UpdateProfileUseCase.Updated updated) {
            ctx.json(ProfileJson.of(mapper, updated.profile()));
        } else {
            throw new ApiException(ErrorCode.ER800);
        }
    }
}
