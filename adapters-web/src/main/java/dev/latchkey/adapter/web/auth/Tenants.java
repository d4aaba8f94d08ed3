package dev.latchkey.adapter.web.auth;

import dev.latchkey.adapter.web.error.ApiException;
import dev.latchkey.adapter.web.error.ErrorCode;
import dev.latchkey.application.port.in.tenant.TenantUseCases;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.tenant.TenantName;

/** Resolves the tenant named in a URL; a malformed or unknown name is {@code 404}. */
public final class Tenants {

    private final TenantUseCases tenants;

    public Tenants(TenantUseCases tenants) {
        this.tenants = tenants;
    }

    public Tenant require(String name) {
        if (!TenantName.isValid(name)) {
            throw new ApiException(ErrorCode.LK300);
        }
        return tenants.find().find(new TenantName(name)).orElseThrow(() -> new ApiException(ErrorCode.LK300));
    }
}
