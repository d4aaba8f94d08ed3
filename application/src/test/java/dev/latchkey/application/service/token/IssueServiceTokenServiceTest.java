package dev.latchkey.application.service.token;

import static dev.latchkey.application.fake.FakePorts.SHOP;
import static dev.latchkey.application.fake.FakePorts.SHOP_STOREFRONT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fake.FakePorts;
import dev.latchkey.application.port.in.token.IssueServiceTokenUseCase.Command;
import dev.latchkey.application.port.in.token.IssueServiceTokenUseCase.InvalidClient;
import dev.latchkey.application.port.in.token.IssueServiceTokenUseCase.InvalidScope;
import dev.latchkey.application.port.in.token.IssueServiceTokenUseCase.Issued;
import dev.latchkey.application.port.in.token.IssueServiceTokenUseCase.Result;
import dev.latchkey.domain.credential.TokenHash;
import dev.latchkey.domain.tenant.AdminScopes;
import dev.latchkey.domain.tenant.Client;
import dev.latchkey.domain.tenant.ClientId;
import dev.latchkey.domain.token.TokenKind;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IssueServiceTokenServiceTest {

    private static final ClientId BACKEND = new ClientId("shop-backend");
    private static final String SECRET = "the backend's secret";
    private static final Set<String> BACKEND_SCOPES = Set.of(AdminScopes.READ_CUSTOMERS, AdminScopes.MANAGE_CUSTOMERS);

    private final FakePorts ports = new FakePorts();
    private final IssueServiceTokenService service =
            new IssueServiceTokenService(ports.tenants, ports.clients, ports.grants, ports.secrets, ports.clock);

    @BeforeEach
    void addBackendClient() {
        ports.clients.add(Client.service(BACKEND, SHOP, TokenHash.of(SECRET), BACKEND_SCOPES));
    }

    @Test
    void rightSecretGivesATokenWithTheClientsScopes() {
        Result result = service.issue(new Command(BACKEND, SECRET, Optional.empty()));

        assertThat(result).isInstanceOf(Issued.class);
        Issued issued = (Issued) result;
        assertThat(issued.scopes()).isEqualTo(BACKEND_SCOPES);
        assertThat(issued.expiresIn()).isEqualTo(FakePorts.SERVICE_LIFETIME.toSeconds());
        assertThat(ports.grants.find(TokenHash.of(issued.accessToken()))).hasValueSatisfying(grant -> {
            assertThat(grant.kind()).isEqualTo(TokenKind.SERVICE);
            assertThat(grant.tenant()).isEqualTo(SHOP);
            assertThat(grant.client()).isEqualTo(BACKEND);
            assertThat(grant.customer()).isEmpty();
            assertThat(grant.scopes()).isEqualTo(BACKEND_SCOPES);
        });
    }

    @Test
    void wrongSecretGetsInvalidClient() {
        assertThat(service.issue(new Command(BACKEND, "a guessed secret", Optional.empty())))
                .isEqualTo(new InvalidClient());
        assertThat(ports.grants.all()).isEmpty();
    }

    @Test
    void unknownClientGetsInvalidClient() {
        assertThat(service.issue(new Command(new ClientId("no-such-client"), SECRET, Optional.empty())))
                .isEqualTo(new InvalidClient());
        assertThat(ports.grants.all()).isEmpty();
    }

    @Test
    void storefrontClientGetsInvalidClient() {
        assertThat(service.issue(new Command(SHOP_STOREFRONT, SECRET, Optional.empty())))
                .isEqualTo(new InvalidClient());
        assertThat(service.issue(new Command(SHOP_STOREFRONT, "", Optional.empty())))
                .isEqualTo(new InvalidClient());
    }

    @Test
    void scopeTheClientLacksGetsInvalidScopeNamingIt() {
        Result result = service.issue(new Command(
                BACKEND, SECRET, Optional.of(Set.of(AdminScopes.READ_CUSTOMERS, AdminScopes.RESET_PASSWORDS))));

        assertThat(result).isEqualTo(new InvalidScope(Set.of(AdminScopes.RESET_PASSWORDS)));
        assertThat(ports.grants.all()).isEmpty();
    }

    @Test
    void wrongSecretAskingForAScopeTheClientLacksStillGetsInvalidClient() {
        Result result = service.issue(
                new Command(BACKEND, "a guessed secret", Optional.of(Set.of(AdminScopes.RESET_PASSWORDS))));

        assertThat(result).isEqualTo(new InvalidClient());
    }

    @Test
    void subsetOfTheClientsScopesGivesOnlyThatSubset() {
        Result result = service.issue(new Command(BACKEND, SECRET, Optional.of(Set.of(AdminScopes.READ_CUSTOMERS))));

        assertThat(result).isInstanceOf(Issued.class);
        Issued issued = (Issued) result;
        assertThat(issued.scopes()).containsExactly(AdminScopes.READ_CUSTOMERS);
        assertThat(ports.grants.find(TokenHash.of(issued.accessToken())))
                .hasValueSatisfying(grant -> assertThat(grant.scopes()).containsExactly(AdminScopes.READ_CUSTOMERS));
    }

    @Test
    void revokedClientGetsInvalidClientWithItsRightSecret() {
        ports.clients.revoke(BACKEND, ports.clock.instant());

        assertThat(service.issue(new Command(BACKEND, SECRET, Optional.empty())))
                .isEqualTo(new InvalidClient());
    }
}
