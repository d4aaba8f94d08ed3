package dev.latchkey.application.service.token;

import dev.latchkey.application.port.in.token.IssueAnonymousTokenUseCase;
import dev.latchkey.application.port.out.AccessGrantRepository;
import dev.latchkey.application.port.out.ClientRepository;
import dev.latchkey.application.port.out.SecretGenerator;
import dev.latchkey.application.port.out.TenantRepository;
import dev.latchkey.domain.credential.TokenHash;
import dev.latchkey.domain.tenant.ClientKind;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.token.AccessGrant;
import dev.latchkey.domain.token.SessionId;
import dev.latchkey.domain.token.TokenKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** Issues anonymous tokens to a tenant's storefront clients. */
public final class IssueAnonymousTokenService implements IssueAnonymousTokenUseCase {

    private final TenantRepository tenants;
    private final ClientRepository clients;
    private final AccessGrantRepository grants;
    private final SecretGenerator secrets;
    private final Clock clock;

    public IssueAnonymousTokenService(
            TenantRepository tenants,
            ClientRepository clients,
            AccessGrantRepository grants,
            SecretGenerator secrets,
            Clock clock) {
        this.tenants = tenants;
        this.clients = clients;
        this.grants = grants;
        this.secrets = secrets;
        this.clock = clock;
    }

    @Override
    public Result issue(Command command) {
        Optional<Tenant> tenant = tenants.find(command.tenant());
        if (tenant.isEmpty()) {
            return new UnknownTenant();
        }
        boolean storefrontOfTenant = clients.find(command.client())
                .filter(client -> client.kind() == ClientKind.STOREFRONT && !client.isRevoked())
                .filter(client -> client.tenant().equals(command.tenant()))
                .isPresent();
        if (!storefrontOfTenant) {
            return new UnknownClient();
        }
        Instant now = clock.instant();
        Duration lifetime = tenant.get().settings().anonymousTokenLifetime();
        String token = secrets.newToken();
        SessionId session = new SessionId(secrets.newId());
        grants.add(new AccessGrant(
                TokenHash.of(token),
                TokenKind.ANONYMOUS,
                command.tenant(),
                command.client(),
                session,
                Optional.empty(),
                Set.of(),
                now,
                now.plus(lifetime)));
        return new Issued(token, lifetime.toSeconds(), session);
    }
}
