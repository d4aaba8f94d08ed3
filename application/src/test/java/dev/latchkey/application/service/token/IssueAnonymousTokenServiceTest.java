package dev.latchkey.application.service.token;

import static dev.latchkey.application.fake.FakePorts.RIVAL_STOREFRONT;
import static dev.latchkey.application.fake.FakePorts.SHOP;
import static dev.latchkey.application.fake.FakePorts.SHOP_STOREFRONT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fake.FakePorts;
import dev.latchkey.application.port.in.token.IssueAnonymousTokenUseCase.Command;
import dev.latchkey.application.port.in.token.IssueAnonymousTokenUseCase.Issued;
import dev.latchkey.application.port.in.token.IssueAnonymousTokenUseCase.Result;
import dev.latchkey.application.port.in.token.IssueAnonymousTokenUseCase.UnknownClient;
import dev.latchkey.application.port.in.token.IssueAnonymousTokenUseCase.UnknownTenant;
import dev.latchkey.domain.credential.TokenHash;
import dev.latchkey.domain.tenant.AdminScopes;
import dev.latchkey.domain.tenant.Client;
import dev.latchkey.domain.tenant.ClientId;
import dev.latchkey.domain.tenant.TenantName;
import dev.latchkey.domain.token.TokenKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IssueAnonymousTokenServiceTest {

    private static final ClientId SHOP_BACKEND = new ClientId("shop-backend");

    private final FakePorts ports = new FakePorts();
    private final IssueAnonymousTokenService service =
            new IssueAnonymousTokenService(ports.tenants, ports.clients, ports.grants, ports.secrets, ports.clock);

    @Test
    void storefrontOfTheTenantGetsAToken() {
        Result result = service.issue(new Command(SHOP, SHOP_STOREFRONT));

        assertThat(result).isInstanceOf(Issued.class);
        Issued issued = (Issued) result;
        assertThat(issued.expiresIn()).isEqualTo(FakePorts.ANONYMOUS_LIFETIME.toSeconds());
        assertThat(ports.grants.find(TokenHash.of(issued.accessToken()))).hasValueSatisfying(grant -> {
            assertThat(grant.kind()).isEqualTo(TokenKind.ANONYMOUS);
            assertThat(grant.tenant()).isEqualTo(SHOP);
            assertThat(grant.client()).isEqualTo(SHOP_STOREFRONT);
            assertThat(grant.session()).isEqualTo(issued.session());
            assertThat(grant.customer()).isEmpty();
            assertThat(grant.scopes()).isEmpty();
            assertThat(grant.expiresAt()).isEqualTo(ports.clock.instant().plus(FakePorts.ANONYMOUS_LIFETIME));
        });
    }

    @Test
    void everyAnonymousTokenIsANewSession() {
        Issued first = (Issued) service.issue(new Command(SHOP, SHOP_STOREFRONT));
        Issued second = (Issued) service.issue(new Command(SHOP, SHOP_STOREFRONT));

        assertThat(first.accessToken()).isNotEqualTo(second.accessToken());
        assertThat(first.session()).isNotEqualTo(second.session());
    }

    @ParameterizedTest
    @ValueSource(strings = {"shop-backend", "rival-storefront", "no-such-client"})
    void serviceClientClientOfAnotherTenantAndUnknownClientGetUnknownClient(String client) {
        ports.clients.add(Client.service(SHOP_BACKEND, SHOP, TokenHash.of("backend secret"), AdminScopes.ALL));

        Result result = service.issue(new Command(SHOP, new ClientId(client)));

        assertThat(result).isEqualTo(new UnknownClient());
        assertThat(ports.grants.all()).isEmpty();
    }

    @Test
    void unknownTenantGetsUnknownTenant() {
        Result result = service.issue(new Command(new TenantName("nowhere"), RIVAL_STOREFRONT));

        assertThat(result).isEqualTo(new UnknownTenant());
        assertThat(ports.grants.all()).isEmpty();
    }

    @Test
    void revokedStorefrontGetsUnknownClient() {
        ports.clients.revoke(SHOP_STOREFRONT, ports.clock.instant());

        assertThat(service.issue(new Command(SHOP, SHOP_STOREFRONT))).isInstanceOf(UnknownClient.class);
    }
}
