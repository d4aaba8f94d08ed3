package dev.latchkey.application.port.in.token;

import dev.latchkey.domain.tenant.ClientId;
import dev.latchkey.domain.tenant.TenantName;
import dev.latchkey.domain.token.SessionId;

/** Gives a storefront a token for a visitor who has not logged in. */
public interface IssueAnonymousTokenUseCase {

    Result issue(Command command);

    record Command(TenantName tenant, ClientId client) {}

    sealed interface Result {}

    record Issued(String accessToken, long expiresIn, SessionId session) implements Result {}

    record UnknownTenant() implements Result {}

    /** The client does not exist, belongs to another tenant or is not a storefront. */
    record UnknownClient() implements Result {}
}
