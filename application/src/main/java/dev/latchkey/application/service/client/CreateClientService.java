package dev.latchkey.application.service.client;

import dev.latchkey.application.port.in.client.CreateClientUseCase;
import dev.latchkey.application.port.out.ClientRepository;
import dev.latchkey.application.port.out.SecretGenerator;
import dev.latchkey.application.port.out.TenantRepository;
import dev.latchkey.application.port.out.Transactions;
import dev.latchkey.domain.credential.TokenHash;
import dev.latchkey.domain.tenant.AdminScopes;
import dev.latchkey.domain.tenant.Client;
import dev.latchkey.domain.tenant.ClientKind;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** Adds a storefront or a service client to a tenant; a service client's secret is generated and only its hash kept. */
public final class CreateClientService implements CreateClientUseCase {

    private final TenantRepository tenants;
    private final ClientRepository clients;
    private final SecretGenerator secrets;
    private final Transactions transactions;

    public CreateClientService(
            TenantRepository tenants, ClientRepository clients, SecretGenerator secrets, Transactions transactions) {
        this.tenants = tenants;
        this.clients = clients;
        this.secrets = secrets;
        this.transactions = transactions;
    }

    @Override
    public Result create(Command command) {
        Set<String> unknown = new HashSet<>(command.scopes());
        unknown.removeAll(AdminScopes.ALL);
        boolean service = command.kind() == ClientKind.SERVICE;
        if (!unknown.isEmpty()
                || (service && command.scopes().isEmpty())
                || (!service && !command.scopes().isEmpty())) {
            return new ScopesRefused(Set.copyOf(unknown));
        }
        Optional<String> secret = service ? Optional.of(secrets.newToken()) : Optional.empty();
        Client client = secret.map(
                        s -> Client.service(command.client(), command.tenant(), TokenHash.of(s), command.scopes()))
                .orElseGet(() -> Client.storefront(command.client(), command.tenant()));
        return transactions.inTransaction(() -> {
            if (tenants.find(command.tenant()).isEmpty()) {
                return new UnknownTenant(command.tenant());
            }
            if (!clients.add(client)) {
                return new IdTaken(command.client());
            }
            return new Created(client, secret);
        });
    }
}
