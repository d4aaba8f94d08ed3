package dev.latchkey.application.port.out.contract;

import static dev.latchkey.application.port.out.contract.TestData.NOW;
import static dev.latchkey.application.port.out.contract.TestData.customer;
import static dev.latchkey.application.port.out.contract.TestData.tenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.application.port.out.ClientRepository;
import dev.latchkey.application.port.out.CustomerRepository;
import dev.latchkey.application.port.out.SigningKeyRepository;
import dev.latchkey.application.port.out.TenantRepository;
import dev.latchkey.domain.credential.PasswordHash;
import dev.latchkey.domain.credential.TokenHash;
import dev.latchkey.domain.customer.AccountStatus;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.tenant.AdminScopes;
import dev.latchkey.domain.tenant.Client;
import dev.latchkey.domain.tenant.ClientId;
import dev.latchkey.domain.tenant.SigningKey;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.tenant.TenantLook;
import dev.latchkey.domain.tenant.TenantName;
import dev.latchkey.domain.tenant.TenantSettings;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What tenants, their clients and signing keys, and customers need from the repositories. */
public abstract class TenantAndCustomerRepositoryContract {

    /** The ports under test; a database-only contract that extends this one may reopen them. */
    protected RepositoryPorts ports;

    private TenantRepository tenants;
    private CustomerRepository customers;
    private ClientRepository clients;
    private final Tenant demo = tenant("demo");

    /** Fresh, empty ports for each test. */
    protected abstract RepositoryPorts openPorts();

    @BeforeEach
    void open() {
        ports = openPorts();
        tenants = ports.tenants();
        customers = ports.customers();
        clients = ports.clients();
        assertThat(tenants.add(demo)).isTrue();
    }

    @AfterEach
    void close() {
        ports.close();
    }

    @Test
    void aTenantIsReadBackWithItsSettings() {
        assertThat(tenants.find(new TenantName("demo"))).contains(demo);
        assertThat(tenants.find(new TenantName("other"))).isEmpty();
    }

    @Test
    void aTenantsLookLinkBaseAndReturnUrlsAreReadBack() {
        Tenant styled = tenant("styled")
                .withLook(new TenantLook(
                        Optional.of("https://cdn.shop.example/logo.svg"),
                        Optional.of("#AA3300"),
                        Optional.of("help@shop.example")))
                .withSettings(TenantSettings.defaults()
                        .withLinkBase(Optional.of("https://shop.example/account"))
                        .withAllowedReturnUrls(
                                List.of("https://shop.example/", "https://checkout.shop.example:8443/pay")));

        assertThat(tenants.add(styled)).isTrue();

        Tenant found = tenants.find(styled.name()).orElseThrow();
        assertThat(found).isEqualTo(styled);
        assertThat(found.look().primaryColor()).contains("#aa3300");
        assertThat(found.settings().allowsReturnTo("https://checkout.shop.example:8443/pay/done"))
                .isTrue();
    }

    @Test
    void aTenantsRefreshReuseWindowIsReadBackAfterAnUpdate() {
        assertThat(tenants.find(demo.name()).orElseThrow().settings().refreshReuseWindow())
                .isEqualTo(TenantSettings.DEFAULT_REFRESH_REUSE_WINDOW);

        tenants.update(demo.withSettings(demo.settings().withRefreshReuseWindow(Duration.ZERO)));

        assertThat(tenants.find(demo.name()).orElseThrow().settings().refreshReuseWindow())
                .isEqualTo(Duration.ZERO);
    }

    @Test
    void anUpdateStoresNameLookAndSettingsAndKeepsTheCustomerNumbers() {
        tenants.startCustomerNumbersAt(demo.name(), 7_000);
        TenantSettings defaults = TenantSettings.defaults();
        Tenant changed = demo.withDisplayName("Demo & Co")
                .withLook(new TenantLook(
                        Optional.of("https://cdn.shop.example/logo.png"),
                        Optional.of("#123456"),
                        Optional.of("help@shop.example")))
                .withSettings(new TenantSettings(
                        Duration.ofMinutes(5),
                        Duration.ofMinutes(6),
                        Duration.ofDays(7),
                        Duration.ofMinutes(8),
                        Duration.ofHours(9),
                        Optional.of("https://shop.example/account"),
                        List.of("https://shop.example/")));

        tenants.update(changed);

        assertThat(tenants.find(demo.name())).contains(changed);
        assertThat(tenants.nextCustomerNumber(demo.name())).isEqualTo(7_000);

        tenants.update(changed.withLook(TenantLook.none()).withSettings(defaults));

        Tenant cleared = tenants.find(demo.name()).orElseThrow();
        assertThat(cleared.look()).isEqualTo(TenantLook.none());
        assertThat(cleared.settings()).isEqualTo(defaults);
        assertThat(cleared.displayName()).isEqualTo("Demo & Co");
        assertThat(cleared.createdAt()).isEqualTo(demo.createdAt());
    }

    @Test
    void anUpdateChangesOnlyItsTenant() {
        Tenant other = tenant("other");
        tenants.add(other);

        tenants.update(
                demo.withDisplayName("Changed").withLook(TenantLook.none().withPrimaryColor(Optional.of("#000000"))));

        assertThat(tenants.find(other.name())).contains(other);
    }

    @Test
    void anUpdateInsideATransactionIsUndoneWithIt() {
        assertThatThrownBy(() -> ports.transactions().inTransaction(() -> {
                    tenants.update(demo.withDisplayName("Changed"));
                    throw new IllegalStateException("rolled back");
                }))
                .hasMessage("rolled back");

        assertThat(tenants.find(demo.name())).contains(demo);
    }

    @Test
    void updatingAnUnknownTenantFails() {
        assertThatThrownBy(() -> tenants.update(tenant("nowhere"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSecondTenantOfTheSameNameIsRefused() {
        assertThat(tenants.add(demo)).isFalse();
    }

    @Test
    void customerNumbersCountUpPerTenant() {
        assertThat(tenants.add(tenant("other"))).isTrue();
        long first = tenants.nextCustomerNumber(demo.name());
        assertThat(tenants.nextCustomerNumber(demo.name())).isEqualTo(first + 1);
        assertThat(tenants.nextCustomerNumber(new TenantName("other"))).isEqualTo(first);
    }

    @Test
    void customerNumbersStartWhereTheyAreToldTo() {
        tenants.startCustomerNumbersAt(demo.name(), 5_000);
        assertThat(tenants.nextCustomerNumber(demo.name())).isEqualTo(5_000);
        assertThat(tenants.nextCustomerNumber(demo.name())).isEqualTo(5_001);
    }

    @Test
    void theInstallationIsMarkedOnlyOnce() {
        assertThat(tenants.markInstalled(NOW)).isTrue();
        assertThat(tenants.markInstalled(NOW)).isFalse();
    }

    @Test
    void clientsAndSigningKeysAreKeptWithTheirSecretHashAndScopes() {
        Client admin = Client.service(
                new ClientId("demo-admin"), demo.name(), TokenHash.of("s3cret-s3cret-s3cret"), AdminScopes.ALL);
        clients.add(admin);
        clients.add(Client.storefront(new ClientId("demo-storefront"), demo.name()));
        assertThat(clients.find(new ClientId("demo-admin"))).contains(admin);
        assertThat(clients.find(new ClientId("demo-admin")).orElseThrow().acceptsSecret("s3cret-s3cret-s3cret"))
                .isTrue();

        SigningKeyRepository signingKeys = ports.signingKeys();
        SigningKey older = new SigningKey(demo.name(), "k1", "{}", NOW);
        SigningKey newer = new SigningKey(demo.name(), "k2", "{}", NOW.plusSeconds(60));
        signingKeys.add(older);
        signingKeys.add(newer);
        assertThat(signingKeys.forTenant(demo.name())).containsExactly(newer, older);
    }

    @Test
    void tenantsAreListedByName() {
        tenants.add(tenant("zeta"));
        tenants.add(tenant("alpha"));

        assertThat(tenants.list()).extracting(tenant -> tenant.name().value()).containsExactly("alpha", "demo", "zeta");
        assertThat(tenants.list().get(1)).isEqualTo(demo);
    }

    @Test
    void aClientIdIsTakenOnceAcrossTenants() {
        Tenant other = tenant("other");
        tenants.add(other);
        assertThat(clients.add(Client.storefront(new ClientId("shop-web"), demo.name())))
                .isTrue();

        assertThat(clients.add(Client.storefront(new ClientId("shop-web"), other.name())))
                .isFalse();
        assertThat(clients.find(new ClientId("shop-web")).orElseThrow().tenant())
                .isEqualTo(demo.name());
    }

    @Test
    void clientsAreListedPerTenantAndRevokedOnce() {
        tenants.add(tenant("other"));
        Client backend =
                Client.service(new ClientId("demo-backend"), demo.name(), TokenHash.of("s3cret"), AdminScopes.ALL);
        clients.add(backend);
        clients.add(Client.storefront(new ClientId("demo-storefront"), demo.name()));
        clients.add(Client.storefront(new ClientId("other-storefront"), new TenantName("other")));

        assertThat(clients.revoke(backend.id(), NOW)).isTrue();
        assertThat(clients.revoke(backend.id(), NOW.plusSeconds(60))).isFalse();
        assertThat(clients.revoke(new ClientId("nobody"), NOW)).isFalse();

        assertThat(clients.forTenant(demo.name()))
                .containsExactly(
                        backend.revokedAt(NOW), Client.storefront(new ClientId("demo-storefront"), demo.name()));
        assertThat(clients.find(backend.id())).contains(backend.revokedAt(NOW));
    }

    @Test
    void anEmailHasOneAccountPerTenantWhateverItsCase() {
        Customer ada = customer(demo, "ada@example.test", "1");
        assertThat(customers.add(ada)).isTrue();
        assertThat(customers.add(customer(demo, "ADA@example.test", "2"))).isFalse();
        assertThat(customers.findByEmail(demo.name(), new EmailAddress("Ada@Example.test")))
                .contains(ada);

        Tenant other = tenant("other");
        tenants.add(other);
        assertThat(customers.add(customer(other, "ada@example.test", "1"))).isTrue();
    }

    @Test
    void aCustomerWithoutPasswordIsKeptAndCanGetOneLater() {
        Customer ada = customer(demo, "ada@example.test", "1");
        Customer withoutPassword = new Customer(
                ada.id(),
                ada.tenant(),
                ada.number(),
                ada.email(),
                Optional.empty(),
                ada.status(),
                ada.preferredLanguage(),
                ada.createdAt());
        assertThat(customers.add(withoutPassword)).isTrue();
        assertThat(customers.find(demo.name(), ada.id())).contains(withoutPassword);

        customers.updatePasswordHash(ada.id(), new PasswordHash("added-later"));
        assertThat(customers.find(demo.name(), ada.id()).orElseThrow().passwordHash())
                .contains(new PasswordHash("added-later"));
    }

    @Test
    void statusAndPasswordHashChangesAreStored() {
        Customer ada = customer(demo, "ada@example.test", "1");
        customers.add(ada);
        customers.updateStatus(ada.id(), AccountStatus.ACTIVE);
        customers.updatePasswordHash(ada.id(), new PasswordHash("new-hash"));
        Customer stored = customers.find(demo.name(), ada.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(stored.passwordHash()).contains(new PasswordHash("new-hash"));
    }

    @Test
    void aCustomerIsNotFoundThroughAnotherTenant() {
        Customer ada = customer(demo, "ada@example.test", "1");
        customers.add(ada);
        tenants.add(tenant("other"));
        assertThat(customers.find(new TenantName("other"), ada.id())).isEmpty();
    }
}
