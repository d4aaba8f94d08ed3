package dev.latchkey.application.port.out.contract;

import static dev.latchkey.application.port.out.contract.TestData.customer;
import static dev.latchkey.application.port.out.contract.TestData.tenant;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the profile and the address book need from the repositories. */
public abstract class ProfileAndAddressRepositoryContract {

    /** The ports under test; a database-only contract that extends this one uses them too. */
    protected RepositoryPorts ports;

    private ProfileRepository profiles;
    protected AddressRepository addresses;
    private final Tenant demo = tenant("demo");
    /** A customer of tenant demo, whose address book starts empty. */
    protected Customer ada;

    private Customer bob;

    /** Fresh, empty ports for each test. */
    protected abstract RepositoryPorts openPorts();

    @BeforeEach
    void open() {
        ports = openPorts();
        profiles = ports.profiles();
        addresses = ports.addresses();
        ports.tenants().add(demo);
        ada = customer(demo, "ada@example.test", "1");
        bob = customer(demo, "bob@example.test", "2");
        ports.customers().add(ada);
        ports.customers().add(bob);
    }

    @AfterEach
    void close() {
        ports.close();
    }

    @Test
    void aCustomerWhoNeverSetAProfileHasTheDefaults() {
        assertThat(profiles.find(ada.id())).contains(Profile.defaults());
        assertThat(profiles.find(new CustomerId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void aSavedProfileIsReadBackWhole() {
        Profile profile = new Profile(
                "Dr.",
                "Ada",
                "King",
                "Lovelace",
                "+44 20 7946 0000",
                "Analytical Engines Ltd",
                "en_GB",
                "GBP",
                "uk",
                "ada@mail.example.test",
                CustomerType.COMPANY,
                "{\"vat\":\"GB1\"}",
                "{\"a\":[1,2]}",
                "{\"m\":{\"x\":\"ü\"}}");

        profiles.save(ada.id(), profile);

        assertThat(profiles.find(ada.id())).contains(profile);
        assertThat(ports.customers().find(demo.name(), ada.id()).orElseThrow().preferredLanguage())
                .as("one place for the language")
                .isEqualTo("en_GB");
        assertThat(profiles.find(bob.id())).contains(Profile.defaults());
    }

    @Test
    void theCustomerAndItsProfileAreReadTogetherOnlyInItsTenant() {
        Profile profile = new Profile(
                null,
                "Ada",
                null,
                "Lovelace",
                null,
                null,
                "de_DE",
                "EUR",
                "de",
                null,
                CustomerType.CUSTOMER,
                null,
                null,
                null);
        profiles.save(ada.id(), profile);

        var found = profiles.findWithCustomer(demo.name(), ada.id()).orElseThrow();

        assertThat(found.customer().id()).isEqualTo(ada.id());
        assertThat(found.customer().email()).isEqualTo(ada.email());
        assertThat(found.customer().preferredLanguage()).isEqualTo("de_DE");
        assertThat(found.profile()).isEqualTo(profile);
        assertThat(profiles.findWithCustomer(demo.name(), bob.id())
                        .orElseThrow()
                        .profile())
                .isEqualTo(Profile.defaults());
        assertThat(profiles.findWithCustomer(new TenantName("other"), ada.id())).isEmpty();
        assertThat(profiles.findWithCustomer(demo.name(), new CustomerId(UUID.randomUUID())))
                .isEmpty();
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
        assertThat(addresses.find(bob.id(), bobs.id()).orElseThrow().isDefault())
                .isTrue();
    }

    @Test
    void deletingTheCustomerDeletesItsAddresses() {
        addresses.add(ada.id(), address("Main St", List.of(), false));

        ports.customers().delete(ada.id());

        assertThat(addresses.listOf(ada.id())).isEmpty();
        assertThat(addresses.countOf(ada.id())).isZero();
    }

    /** A new address on {@code street} in Berlin. */
    protected static Address address(String street, List<String> tags, boolean isDefault) {
        return new Address(
                AddressId.random(),
                "Ada Lovelace",
                "Engines Ltd",
                street,
                "1",
                "Rear",
                "Line 1",
                "Line 2",
                "Line 3",
                "Line 4",
                "10115",
                "Berlin",
                "DE",
                "Berlin",
                "+49 30 1234",
                tags,
                isDefault,
                "{\"k\":\"v\"}",
                "{\"m\":1}");
    }
}
