package dev.latchkey.application.service.token;

import dev.latchkey.application.port.in.token.IssueServiceTokenUseCase;
import dev.latchkey.application.port.out.AccessGrantRepository;
import dev.latchkey.application.port.out.ClientRepository;
import dev.latchkey.application.port.out.SecretGenerator;
import dev.latchkey.application.port.out.TenantRepository;
import dev.latchkey.domain.credential.TokenHash;
import dev.latchkey.domain.tenant.Client;
import dev.latchkey.domain.tenant.ClientId;
import dev.latchkey.domain.tenant.ClientKind;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.tenant.TenantName;
import dev.latchkey.domain.token.AccessGrant;
import dev.latchkey.domain.token.SessionId;
import dev.latchkey.domain.token.TokenKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** Issues scoped service tokens for the OAuth client-credentials grant. */
public final class IssueServiceTokenService implements IssueServiceTokenUseCase {

    /** Compared against when the client is unknown, so both failures cost the same. */
    private static final Client NOBODY =
            Client.service(new ClientId("nobody"), new TenantName("nobody"), TokenHash.of("nobody"), Set.of());

    private final TenantRepository tenants;
    private final ClientRepository clients;
    private final AccessGrantRepository grants;
    private final SecretGenerator secrets;
    private final Clock clock;

    public IssueServiceTokenService(
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
        Optional<Client> found = clients.find(command.client())
                .filter(client -> client.kind() == ClientKind.SERVICE && !client.isRevoked());
        boolean secretMatches = found.orElse(NOBODY).acceptsSecret(command.secret());
        if (found.isEmpty() || !secretMatches) {
            return new InvalidClient();
        }
        Client client = found.get();
        Optional<Tenant> tenant = tenants.find(client.tenant());
        if (tenant.isEmpty()) {
            return new InvalidClient();
        }
        Set<String> scopes = command.requestedScopes().orElse(client.scopes());
        Set<String> notHeld = new HashSet<>(scopes);
        notHeld.removeAll(client.scopes());
        if (!notHeld.isEmpty()) {
            return new InvalidScope(Set.copyOf(notHeld));
        }
        Instant now = clock.instant();
        Duration lifetime = tenant.get().settings().serviceTokenLifetime();
        String token = secrets.newToken();
        grants.add(new AccessGrant(
                TokenHash.of(token),
                TokenKind.SERVICE,
                client.tenant(),
                client.id(),
                new SessionId(secrets.newId()),
                Optional.empty(),
                scopes,
                now,
                now.plus(lifetime)));
        return new Issued(token, lifetime.toSeconds(), Set.copyOf(scopes));
    }
}
