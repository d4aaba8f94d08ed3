package dev.latchkey.application.service.client;

import dev.latchkey.application.port.in.client.RevokeClientUseCase;
import dev.latchkey.application.port.out.AccessGrantRepository;
import dev.latchkey.application.port.out.ClientRepository;
import dev.latchkey.application.port.out.Transactions;
import dev.latchkey.domain.tenant.Client;
import java.time.Clock;
import java.util.Optional;

/** Marks a client revoked and removes its service tokens, in one transaction. */
public final class RevokeClientService implements RevokeClientUseCase {

    private final ClientRepository clients;
    private final AccessGrantRepository grants;
    private final Transactions transactions;
    private final Clock clock;

    public RevokeClientService(
            ClientRepository clients, AccessGrantRepository grants, Transactions transactions, Clock clock) {
        this.clients = clients;
        this.grants = grants;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Result revoke(Command command) {
        return transactions.inTransaction(() -> {
            Optional<Client> found = clients.find(command.client())
                    .filter(client -> client.tenant().equals(command.tenant()));
            if (found.isEmpty()) {
                return new UnknownClient(command.tenant(), command.client());
            }
            if (!clients.revoke(command.client(), clock.instant())) {
                return new AlreadyRevoked(command.client());
            }
            return new Revoked(command.client(), grants.removeServiceGrantsOf(command.client()));
        });
    }
}
