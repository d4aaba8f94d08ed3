package dev.latchkey.application.service.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fake.FakePorts;
import dev.latchkey.application.port.in.tenant.CreateTenantUseCase.AlreadyExists;
import dev.latchkey.application.port.in.tenant.CreateTenantUseCase.Command;
import dev.latchkey.application.port.in.tenant.CreateTenantUseCase.Created;
import dev.latchkey.application.port.in.tenant.CreateTenantUseCase.StorefrontIdTaken;
import dev.latchkey.domain.tenant.Client;
import dev.latchkey.domain.tenant.ClientId;
import dev.latchkey.domain.tenant.TenantLook;
import dev.latchkey.domain.tenant.TenantName;
import dev.latchkey.domain.tenant.TenantSettings;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CreateTenantServiceTest {

    private static final TenantName SHOP2 = new TenantName("shop2");
    private static final ClientId SHOP2_STOREFRONT = new ClientId("shop2-storefront");

    private final FakePorts ports = new FakePorts();
    private final CreateTenantService service = new CreateTenantService(
            ports.tenants, ports.clients, ports.signingKeys, ports.signer, ports.transactions, ports.clock);
    private final ListTenantsService list = new ListTenantsService(ports.tenants);

    @Test
    void createsTheTenantWithASigningKeyAndItsStorefront() {
        var result = service.create(new Command(SHOP2, Optional.of("Shop Two")));

        assertThat(result).isInstanceOf(Created.class);
        assertThat(((Created) result).storefront()).isEqualTo(SHOP2_STOREFRONT);
        assertThat(ports.tenants.find(SHOP2)).hasValueSatisfying(tenant -> {
            assertThat(tenant.displayName()).isEqualTo("Shop Two");
            assertThat(tenant.settings()).isEqualTo(TenantSettings.defaults());
            assertThat(tenant.look()).isEqualTo(TenantLook.none());
            assertThat(tenant.createdAt()).isEqualTo(ports.clock.instant());
        });
        assertThat(ports.signingKeys.forTenant(SHOP2)).hasSize(1);
        assertThat(ports.clients.find(SHOP2_STOREFRONT)).contains(Client.storefront(SHOP2_STOREFRONT, SHOP2));
        assertThat(list.list()).extracting(tenant -> tenant.name().value()).containsExactly("rival", "shop", "shop2");
    }

    @Test
    void withoutADisplayNameTheNameIsShownCapitalised() {
        service.create(new Command(SHOP2, Optional.empty()));

        assertThat(ports.tenants.find(SHOP2).orElseThrow().displayName()).isEqualTo("Shop2");
    }

    @Test
    void anExistingTenantIsLeftAsItIs() {
        var before = ports.tenants.find(FakePorts.SHOP).orElseThrow();

        assertThat(service.create(new Command(FakePorts.SHOP, Optional.of("Another"))))
                .isEqualTo(new AlreadyExists(FakePorts.SHOP));

        assertThat(ports.tenants.find(FakePorts.SHOP)).contains(before);
        assertThat(ports.signingKeys.forTenant(FakePorts.SHOP)).hasSize(1);
    }

    @Test
    void aStorefrontIdHeldByAnotherTenantStopsTheCreation() {
        ports.clients.add(Client.storefront(SHOP2_STOREFRONT, FakePorts.RIVAL));

        assertThat(service.create(new Command(SHOP2, Optional.empty())))
                .isEqualTo(new StorefrontIdTaken(SHOP2_STOREFRONT));

        assertThat(ports.tenants.find(SHOP2)).isEmpty();
        assertThat(ports.signingKeys.forTenant(SHOP2)).isEmpty();
    }
}
