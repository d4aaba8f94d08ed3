package dev.latchkey.application.port.in.tenant;

import dev.latchkey.domain.tenant.ClientId;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.tenant.TenantName;
import java.util.Objects;
import java.util.Optional;

/**
 * Creates a tenant with its signing key and its storefront client {@code <tenant>-storefront}, as the
 * first start does for the default tenant; service clients are created on their own.
 */
public interface CreateTenantUseCase {

    Result create(Command command);

    /** @param displayName the name customers see; empty = the tenant's name with a capital first letter */
    record Command(TenantName tenant, Optional<String> displayName) {

        public Command {
            Objects.requireNonNull(tenant, "tenant");
            Objects.requireNonNull(displayName, "displayName");
            if (displayName.isPresent() && !Tenant.isValidDisplayName(displayName.get())) {
                throw new IllegalArgumentException("Not a valid display name");
            }
        }
    }

    sealed interface Result {}

    record Created(Tenant tenant, ClientId storefront) implements Result {}

    record AlreadyExists(TenantName tenant) implements Result {}

    /** Another tenant holds a client with the id the storefront client would get. */
    record StorefrontIdTaken(ClientId storefront) implements Result {}
}
