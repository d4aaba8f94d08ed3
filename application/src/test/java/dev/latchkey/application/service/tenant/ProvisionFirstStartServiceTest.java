package dev.latchkey.application.service.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fake.DirectTransactions;
import dev.latchkey.application.fake.FakeSaasTokenSigner;
import dev.latchkey.application.fake.InMemoryClientRepository;
import dev.latchkey.application.fake.InMemorySigningKeyRepository;
import dev.latchkey.application.fake.InMemoryTenantRepository;
import dev.latchkey.application.fake.MutableClock;
import dev.latchkey.application.fake.SequenceSecretGenerator;
import dev.latchkey.application.port.in.tenant.ProvisionFirstStartUseCase.AlreadyInstalled;
import dev.latchkey.application.port.in.tenant.ProvisionFirstStartUseCase.Command;
import dev.latchkey.application.port.in.tenant.ProvisionFirstStartUseCase.Provisioned;
import dev.latchkey.application.port.in.tenant.ProvisionFirstStartUseCase.Result;
import dev.latchkey.domain.credential.TokenHash;
import dev.latchkey.domain.tenant.AdminScopes;
import dev.latchkey.domain.tenant.Client;
import dev.latchkey.domain.tenant.ClientId;
import dev.latchkey.domain.tenant.ClientKind;
import dev.latchkey.domain.tenant.TenantName;
import dev.latchkey.domain.tenant.TenantSettings;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProvisionFirstStartServiceTest {

    private static final long FIRST_NUMBER = 5_000;

    private static final TenantName TENANT = new TenantName("demo");
    private static final ClientId STOREFRONT = new ClientId("demo-storefront");
    private static final ClientId ADMIN = new ClientId("demo-admin");

    private final MutableClock clock = MutableClock.startingAt("2030-01-15T10:00:00Z");
    private final InMemoryTenantRepository tenants = new InMemoryTenantRepository();
    private final InMemoryClientRepository clients = new InMemoryClientRepository();
    private final InMemorySigningKeyRepository signingKeys = new InMemorySigningKeyRepository();
    private final FakeSaasTokenSigner signer = new FakeSaasTokenSigner();
    private final SequenceSecretGenerator secrets = new SequenceSecretGenerator();
    private final ProvisionFirstStartService service = new ProvisionFirstStartService(
            tenants, clients, signingKeys, signer, secrets, new DirectTransactions(), clock);

    @Test
    void firstCallProvisionsTheTenantWithItsSigningKey() {
        service.provision(new Command(TENANT, Optional.empty(), FIRST_NUMBER));

        assertThat(tenants.find(TENANT)).hasValueSatisfying(tenant -> {
            assertThat(tenant.displayName()).isEqualTo("Demo");
            assertThat(tenant.settings()).isEqualTo(TenantSettings.defaults());
            assertThat(tenant.createdAt()).isEqualTo(clock.instant());
        });
        assertThat(signingKeys.forTenant(TENANT)).hasSize(1);
        assertThat(tenants.installedAt()).contains(clock.instant());
    }

    @Test
    void theFirstCustomerGetsTheConfiguredNumber() {
        service.provision(new Command(TENANT, Optional.empty(), FIRST_NUMBER));

        assertThat(tenants.nextCustomerNumber(TENANT)).isEqualTo(FIRST_NUMBER);
        assertThat(tenants.nextCustomerNumber(TENANT)).isEqualTo(FIRST_NUMBER + 1);
    }

    @Test
    void firstCallProvisionsAStorefrontAndAnAdminClient() {
        Result result = service.provision(new Command(TENANT, Optional.empty(), FIRST_NUMBER));

        assertThat(result).isInstanceOfSatisfying(Provisioned.class, provisioned -> {
            assertThat(provisioned.tenant()).isEqualTo(TENANT);
            assertThat(provisioned.storefront()).isEqualTo(STOREFRONT);
            assertThat(provisioned.admin()).isEqualTo(ADMIN);
        });
        assertThat(clients.find(STOREFRONT)).contains(Client.storefront(STOREFRONT, TENANT));
        assertThat(clients.find(ADMIN)).hasValueSatisfying(admin -> {
            assertThat(admin.tenant()).isEqualTo(TENANT);
            assertThat(admin.kind()).isEqualTo(ClientKind.SERVICE);
            assertThat(admin.scopes()).isEqualTo(AdminScopes.ALL);
        });
    }

    @Test
    void generatedAdminSecretIsReturnedAndOnlyItsHashIsStored() {
        Provisioned provisioned = (Provisioned) service.provision(new Command(TENANT, Optional.empty(), FIRST_NUMBER));

        assertThat(provisioned.generatedAdminSecret()).isPresent();
        String secret = provisioned.generatedAdminSecret().orElseThrow();
        assertThat(secret).isIn(secrets.tokens());
        Client admin = clients.find(ADMIN).orElseThrow();
        assertThat(admin.secretHash()).contains(TokenHash.of(secret));
        assertThat(admin.acceptsSecret(secret)).isTrue();
        assertThat(admin.toString()).doesNotContain(secret);
    }

    @Test
    void givenAdminSecretIsStoredAsItsHashAndNotReturned() {
        String given = "an operator's chosen secret";

        Provisioned provisioned =
                (Provisioned) service.provision(new Command(TENANT, Optional.of(given), FIRST_NUMBER));

        assertThat(provisioned.generatedAdminSecret()).isEmpty();
        Client admin = clients.find(ADMIN).orElseThrow();
        assertThat(admin.secretHash()).contains(TokenHash.of(given));
        assertThat(admin.acceptsSecret(given)).isTrue();
    }

    @Test
    void secondCallIsAlreadyInstalledAndCreatesNothing() {
        service.provision(new Command(TENANT, Optional.empty(), FIRST_NUMBER));

        Result second =
                service.provision(new Command(new TenantName("other"), Optional.of("another secret"), FIRST_NUMBER));

        assertThat(second).isEqualTo(new AlreadyInstalled());
        assertThat(tenants.all()).hasSize(1);
        assertThat(clients.all()).hasSize(2);
        assertThat(signingKeys.all()).hasSize(1);
        assertThat(clients.find(ADMIN).orElseThrow().acceptsSecret("another secret"))
                .isFalse();
    }

    @Test
    void secondCallForTheSameTenantIsAlreadyInstalledToo() {
        service.provision(new Command(TENANT, Optional.empty(), FIRST_NUMBER));

        assertThat(service.provision(new Command(TENANT, Optional.empty(), FIRST_NUMBER)))
                .isEqualTo(new AlreadyInstalled());
        assertThat(signer.keysMade()).isEqualTo(1);
        assertThat(clients.all()).hasSize(2);
    }
}
