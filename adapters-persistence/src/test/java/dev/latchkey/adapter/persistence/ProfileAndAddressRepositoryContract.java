package dev.latchkey.adapter.persistence;

import static dev.latchkey.adapter.persistence.TestData.customer;
import static dev.latchkey.adapter.persistence.TestData.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.port.out.AddressRepository;
import dev.latchkey.application.port.out.ProfileRepository;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.profile.Address;
import dev.latchkey.domain.profile.AddressId;
import dev.latchkey.domain.profile.CustomerType;
import dev.latchkey.domain.profile.Profile;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.tenant.TenantName;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the profile and the address book need from the repositories. */
abstract class ProfileAndAddressRepositoryContract {

    private Persistence persistence;
    private ProfileRepository profiles;
    private AddressRepository addresses;
    private final Tenant demo = tenant("demo");
    private Customer ada;
    private Customer bob;

    protected abstract DatabaseSettings settings();

    @BeforeEach
    void open() {
        persistence = Persistence.open(settings());
        profiles = persistence.profiles();
        addresses = persistence.addresses();
        persistence.tenants().add(demo);
        ada = customer(demo, "ada@example.test", "1");
        bob = customer(demo, "bob@example.test", "2");
        persistence.customers().add(ada);
        persistence.customers().add(bob);
    }

    @AfterEach
    void close() {
        persistence.close();
    }

    @Test
    void aCustomerWhoNeverSetAProfileHasTheDefaults() {
        assertThat(profiles.find(ada.id())).contains(Profile.defaults());
        assertThat(profiles.find(new CustomerId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void aSavedProfileIsReadBackWhole() {
        Profile profile = new Profile("Dr.", "Ada", "King", "Lovelace", "+44 20 7946 0000", "Analytical Engines Ltd", "en_GB",
                "GBP", "uk", "ada@mail.example.test", CustomerType.COMPANY, "{\"vat\":\"GB1\"}", "{\"a\":[1,2]}",
                "{\"m\":{\"x\":\"ü\"}}");

        profiles.save(ada.id(), profile);

        assertThat(profiles.find(ada.id())).contains(profile);
        assertThat(persistence.customers().find(demo.name(), ada.id()).orElseThrow().preferredLanguage())
                .as("one place for the language").isEqualTo("en_GB");
        assertThat(profiles.find(bob.id())).contains(Profile.defaults());
    }

    @Test
    void theCustomerAndItsProfileAreReadTogetherOnlyInItsTenant() {
        Profile profile = new Profile(null, "Ada", null, "Lovelace", null, null, "de_DE", "EUR", "de", null,
                CustomerType.CUSTOMER, null, null, null);
        profiles.save(ada.id(), profile);

        var found = profiles.findWithCustomer(demo.name(), ada.id()).orElseThrow();

        assertThat(found.customer().id()).isEqualTo(ada.id());
        assertThat(found.customer().email()).isEqualTo(ada.email());
        assertThat(found.customer().preferredLanguage()).isEqualTo("de_DE");
        assertThat(found.profile()).isEqualTo(profile);
        assertThat(profiles.findWithCustomer(demo.name(), bob.id()).orElseThrow().profile()).isEqualTo(Profile.defaults());
        assertThat(profiles.findWithCustomer(new TenantName("other"), ada.id())).isEmpty();
        assertThat(profiles.findWithCustomer(demo.name(), new CustomerId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void addressesAreKeptPerCustomerInTheOrderAdded() {
        Address first = address("Main St", List.of("BILLING", "SHIPPING"), true);
        Address second = address("Side St", List.of(), false);
        Address bobs = address("Bob St", List.of(), false);
        addresses.add(ada.id(), first);
        addresses.add(ada.id(), second);
        addresses.add(bob.id(), bobs);

        assertThat(addresses.listOf(ada.id())).containsExactly(first, second);
        assertThat(addresses.countOf(ada.id())).isEqualTo(2);
        assertThat(addresses.find(ada.id(), first.id())).contains(first);
        assertThat(addresses.find(ada.id(), bobs.id())).as("another customer's").isEmpty();
    }

    @Test
    void anAddressIsUpdatedAndDeletedOnlyByItsCustomer() {
        Address bobs = address("Bob St", List.of(), false);
        addresses.add(bob.id(), bobs);
        Address changed = bobs.withTags(List.of("HOME"));

        addresses.update(ada.id(), changed);
        assertThat(addresses.delete(ada.id(), bobs.id())).isFalse();
        assertThat(addresses.find(bob.id(), bobs.id())).contains(bobs);

        addresses.update(bob.id(), changed);
        assertThat(addresses.find(bob.id(), bobs.id())).contains(changed);
        assertThat(addresses.delete(bob.id(), bobs.id())).isTrue();
        assertThat(addresses.listOf(bob.id())).isEmpty();
    }

    @Test
    void clearingDefaultsKeepsOnlyTheOneNamed() {
        Address first = address("One", List.of(), true);
        Address second = address("Two", List.of(), true);
        Address bobs = address("Bob", List.of(), true);
        addresses.add(ada.id(), first);
        addresses.add(ada.id(), second);
        addresses.add(bob.id(), bobs);

        addresses.clearDefaultsExcept(ada.id(), second.id());

        assertThat(addresses.listOf(ada.id())).extracting(Address::isDefault).containsExactly(false, true);
        assertThat(addresses.find(bob.id(), bobs.id()).orElseThrow().isDefault()).isTrue();
    }

    @Test
    void deletingTheCustomerDeletesItsAddresses() {
        addresses.add(ada.id(), address("Main St", List.of(), false));

        persistence.customers().delete(ada.id());

        assertThat(addresses.listOf(ada.id())).isEmpty();
        assertThat(addresses.countOf(ada.id())).isZero();
    }

    @Test
    void twoTransactionsSettingDifferentDefaultsLeaveExactlyOne() throws Exception {
        for (int round = 0; round < 10; round++) {
            Address first = address("One", List.of(), false);
            Address second = address("Two", List.of(), false);
            addresses.add(ada.id(), first);
            addresses.add(ada.id(), second);
            CountDownLatch go = new CountDownLatch(1);

            CompletableFuture<Void> one = CompletableFuture.runAsync(() -> makeDefault(first, go));
            CompletableFuture<Void> two = CompletableFuture.runAsync(() -> makeDefault(second, go));
            go.countDown();
            one.get(20, TimeUnit.SECONDS);
            two.get(20, TimeUnit.SECONDS);

            assertThat(addresses.listOf(ada.id()).stream().filter(Address::isDefault)).as("round %d", round).hasSize(1);
            addresses.delete(ada.id(), first.id());
            addresses.delete(ada.id(), second.id());
        }
    }

    /** What the address services do: lock the book, read, write the default, clear the others. */
    private void makeDefault(Address address, CountDownLatch go) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        persistence.transactions().run(() -> {
            addresses.lockBookOf(ada.id());
            Address current = addresses.find(ada.id(), address.id()).orElseThrow();
            Address updated = new Address(current.id(), current.contactName(), current.companyName(), current.street(),
                    current.streetNumber(), current.streetAppendix(), current.extraLine1(), current.extraLine2(),
                    current.extraLine3(), current.extraLine4(), current.zipCode(), current.city(), current.country(),
                    current.state(), current.contactPhone(), current.tags(), true, current.metadata(), current.mixins());
            addresses.update(ada.id(), updated);
            addresses.clearDefaultsExcept(ada.id(), updated.id());
        });
    }

    private static Address address(String street, List<String> tags, boolean isDefault) {
        return new Address(AddressId.random(), "Ada Lovelace", "Engines Ltd", street, "1", "Rear", "Line 1", "Line 2", "Line 3",
                "Line 4", "10115", "Berlin", "DE", "Berlin", "+49 30 1234", tags, isDefault, "{\"k\":\"v\"}", "{\"m\":1}");
    }
}
