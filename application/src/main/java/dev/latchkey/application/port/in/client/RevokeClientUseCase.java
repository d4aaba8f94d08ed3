package dev.latchkey.application.port.in.client;

import dev.latchkey.domain.tenant.ClientId;
import dev.latchkey.domain.tenant.TenantName;

/**
 * Revokes a tenant's client: it gets no more tokens, and the service tokens it holds stop working at
 * once. Tokens a storefront handed to visitors and customers live out their lifetime.
 */
public interface RevokeClientUseCase {

    Result revoke(Command command);

    record Command(TenantName tenant, ClientId client) {}

    sealed interface Result {}

    /** @param serviceTokensEnded how many live service tokens stopped working */
    record Revoked(ClientId client, int serviceTokensEnded) implements Result {}

    /** No client of that id belongs to the tenant. */
    record UnknownClient(TenantName tenant, ClientId client) implements Result {}

    record AlreadyRevoked(ClientId client) implements Result {}
}
