package dev.latchkey.application.service.client;

import static dev.latchkey.application.fake.FakePorts.RIVAL;
import static dev.latchkey.application.fake.FakePorts.SHOP;
import static dev.latchkey.application.fake.FakePorts.SHOP_STOREFRONT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fake.FakePorts;
import dev.latchkey.application.port.in.client.CreateClientUseCase;
import dev.latchkey.application.port.in.client.CreateClientUseCase.Created;
import dev.latchkey.application.port.in.client.CreateClientUseCase.IdTaken;
import dev.latchkey.application.port.in.client.CreateClientUseCase.ScopesRefused;
import dev.latchkey.application.port.in.client.ListClientsUseCase;
import dev.latchkey.application.port.in.client.RevokeClientUseCase;
import dev.latchkey.application.port.in.token.IssueServiceTokenUseCase;
import dev.latchkey.application.service.token.IssueServiceTokenService;
import dev.latchkey.domain.credential.TokenHash;
import dev.latchkey.domain.tenant.AdminScopes;
import dev.latchkey.domain.tenant.Client;
import dev.latchkey.domain.tenant.ClientId;
import dev.latchkey.domain.tenant.ClientKind;
import dev.latchkey.domain.tenant.TenantName;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientServicesTest {

    private static final ClientId BACKEND = new ClientId("shop-backend");

    private final FakePorts ports = new FakePorts();
    private final CreateClientService create =
            new CreateClientService(ports.tenants, ports.clients, ports.secrets, ports.transactions);
    private final ListClientsService list = new ListClientsService(ports.tenants, ports.clients);
    private final RevokeClientService revoke =
            new RevokeClientService(ports.clients, ports.grants, ports.transactions, ports.clock);
    private final IssueServiceTokenService tokens =
            new IssueServiceTokenService(ports.tenants, ports.clients, ports.grants, ports.secrets, ports.clock);

    @Test
    void aServiceClientGetsASecretOfWhichOnlyTheHashIsKept() {
        var result = create.create(
                new CreateClientUseCase.Command(SHOP, BACKEND, ClientKind.SERVICE, Set.of(AdminScopes.READ_CUSTOMERS)));

        assertThat(result).isInstanceOf(Created.class);
        String secret = ((Created) result).secret().orElseThrow();
        Client stored = ports.clients.find(BACKEND).orElseThrow();
        assertThat(stored.secretHash()).contains(TokenHash.of(secret));
        assertThat(stored.scopes()).containsExactly(AdminScopes.READ_CUSTOMERS);
        assertThat(tokens.issue(new IssueServiceTokenUseCase.Command(BACKEND, secret, Optional.empty())))
                .isInstanceOf(IssueServiceTokenUseCase.Issued.class);
    }

    @Test
    void aStorefrontHasNoSecret() {
        var result = create.create(
                new CreateClientUseCase.Command(SHOP, new ClientId("shop-app"), ClientKind.STOREFRONT, Set.of()));

        assertThat(((Created) result).secret()).isEmpty();
        assertThat(ports.clients.find(new ClientId("shop-app")))
                .contains(Client.storefront(new ClientId("shop-app"), SHOP));
    }

    @Test
    void scopesMustBeKnownAndFitTheKind() {
        assertThat(create.create(new CreateClientUseCase.Command(
                        SHOP, BACKEND, ClientKind.SERVICE, Set.of("admin", AdminScopes.READ_CUSTOMERS))))
                .isEqualTo(new ScopesRefused(Set.of("admin")));
        assertThat(create.create(new CreateClientUseCase.Command(SHOP, BACKEND, ClientKind.SERVICE, Set.of())))
                .isEqualTo(new ScopesRefused(Set.of()));
        assertThat(create.create(new CreateClientUseCase.Command(
                        SHOP, BACKEND, ClientKind.STOREFRONT, Set.of(AdminScopes.READ_CUSTOMERS))))
                .isEqualTo(new ScopesRefused(Set.of()));
        assertThat(ports.clients.find(BACKEND)).isEmpty();
    }

    @Test
    void anIdIsGivenOnceInTheInstallationAndOnlyToAKnownTenant() {
        assertThat(create.create(
                        new CreateClientUseCase.Command(RIVAL, SHOP_STOREFRONT, ClientKind.STOREFRONT, Set.of())))
                .isEqualTo(new IdTaken(SHOP_STOREFRONT));
        TenantName nowhere = new TenantName("nowhere");
        assertThat(create.create(new CreateClientUseCase.Command(nowhere, BACKEND, ClientKind.STOREFRONT, Set.of())))
                .isEqualTo(new CreateClientUseCase.UnknownTenant(nowhere));
    }

    @Test
    void listShowsTheTenantsClientsOnly() {
        create.create(
                new CreateClientUseCase.Command(SHOP, BACKEND, ClientKind.SERVICE, Set.of(AdminScopes.READ_CUSTOMERS)));

        var result = list.list(SHOP);

        assertThat(((ListClientsUseCase.Listed) result).clients())
                .extracting(Client::id)
                .containsExactly(BACKEND, SHOP_STOREFRONT);
        assertThat(list.list(new TenantName("nowhere"))).isInstanceOf(ListClientsUseCase.UnknownTenant.class);
    }

    @Test
    void aRevokedClientGetsNoTokenAndItsServiceTokensEnd() {
        String secret = ((Created) create.create(new CreateClientUseCase.Command(
                        SHOP, BACKEND, ClientKind.SERVICE, Set.of(AdminScopes.READ_CUSTOMERS))))
                .secret()
                .orElseThrow();
        var issued = (IssueServiceTokenUseCase.Issued)
                tokens.issue(new IssueServiceTokenUseCase.Command(BACKEND, secret, Optional.empty()));

        var result = revoke.revoke(new RevokeClientUseCase.Command(SHOP, BACKEND));

        assertThat(result).isEqualTo(new RevokeClientUseCase.Revoked(BACKEND, 1));
        assertThat(ports.grants.find(TokenHash.of(issued.accessToken()))).isEmpty();
        assertThat(ports.clients.find(BACKEND).orElseThrow().revokedAt()).contains(ports.clock.instant());
        assertThat(tokens.issue(new IssueServiceTokenUseCase.Command(BACKEND, secret, Optional.empty())))
                .isEqualTo(new IssueServiceTokenUseCase.InvalidClient());
        assertThat(revoke.revoke(new RevokeClientUseCase.Command(SHOP, BACKEND)))
                .isEqualTo(new RevokeClientUseCase.AlreadyRevoked(BACKEND));
    }

    @Test
    void anotherTenantsClientIsNotRevoked() {
        assertThat(revoke.revoke(new RevokeClientUseCase.Command(RIVAL, SHOP_STOREFRONT)))
                .isEqualTo(new RevokeClientUseCase.UnknownClient(RIVAL, SHOP_STOREFRONT));
        assertThat(ports.clients.find(SHOP_STOREFRONT).orElseThrow().isRevoked())
                .isFalse();
    }
}
