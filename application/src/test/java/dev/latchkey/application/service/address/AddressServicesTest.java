package dev.latchkey.application.service.address;

import static dev.latchkey.application.fake.FakePorts.RIVAL;
import static dev.latchkey.application.fake.FakePorts.SHOP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fake.FakePorts;
import dev.latchkey.application.port.in.address.AddAddressUseCase;
import dev.latchkey.application.port.in.address.ChangeAddressTagsUseCase;
import dev.latchkey.application.port.in.address.ChangeAddressTagsUseCase.Operation;
import dev.latchkey.application.port.in.address.DeleteAddressUseCase;
import dev.latchkey.application.port.in.address.GetAddressUseCase;
import dev.latchkey.application.port.in.address.ListAddressesUseCase;
import dev.latchkey.application.port.in.address.UpdateAddressUseCase;
import dev.latchkey.domain.customer.AccountStatus;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.profile.Address;
import dev.latchkey.domain.profile.AddressId;
import dev.latchkey.domain.profile.AddressPatch;
import dev.latchkey.domain.profile.Change;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AddressServicesTest {

    private final FakePorts ports = new FakePorts();
    private final AddAddressService add = new AddAddressService(ports.customers, ports.addresses, ports.transactions);
    private final UpdateAddressService update =
            new UpdateAddressService(ports.customers, ports.addresses, ports.transactions);
    private final DeleteAddressService delete =
            new DeleteAddressService(ports.customers, ports.addresses, ports.transactions);
    private final GetAddressService get = new GetAddressService(ports.customers, ports.addresses);
    private final ListAddressesService list = new ListAddressesService(ports.customers, ports.addresses);
    private final ChangeAddressTagsService tags =
            new ChangeAddressTagsService(ports.customers, ports.addresses, ports.transactions);
    private final Customer ada =
            ports.addCustomer(SHOP, "ada@example.test", "correct horse battery", AccountStatus.ACTIVE);
    private final Customer bob =
            ports.addCustomer(SHOP, "bob@example.test", "correct horse battery", AccountStatus.ACTIVE);

    @Test
    void aNewDefaultAddressMakesTheOthersNotDefault() {
        AddressId first = added(ada, patch("One", Change.to(true), Change.keep()));
        AddressId second = added(ada, patch("Two", Change.to(true), Change.keep()));
        AddressId bobs = added(bob, patch("Bob", Change.to(true), Change.keep()));

        assertThat(defaultsOf(ada)).containsExactly(second);
        update.update(
                new UpdateAddressUseCase.Command(SHOP, ada.id(), first, patch(null, Change.to(true), Change.keep())));
        assertThat(defaultsOf(ada)).containsExactly(first);
        assertThat(defaultsOf(bob)).containsExactly(bobs);
    }

    @Test
    void theBookHoldsAtMostFiftyAddresses() {
        IntStream.range(0, Address.MAX_PER_CUSTOMER)
                .forEach(i -> added(ada, patch("S" + i, Change.keep(), Change.keep())));

        assertThat(add.add(new AddAddressUseCase.Command(SHOP, ada.id(), patch("more", Change.keep(), Change.keep()))))
                .isEqualTo(new AddAddressUseCase.AddressBookFull());
        assertThat(ports.addresses.countOf(ada.id())).isEqualTo(Address.MAX_PER_CUSTOMER);
    }

    @Test
    void anotherCustomersAddressIsUnknownToEveryCall() {
        AddressId bobs = added(bob, patch("Bob", Change.keep(), Change.keep()));

        assertThat(get.get(new GetAddressUseCase.Command(SHOP, ada.id(), bobs)))
                .isEqualTo(new GetAddressUseCase.UnknownAddress());
        assertThat(update.update(new UpdateAddressUseCase.Command(
                        SHOP, ada.id(), bobs, patch("Eve", Change.keep(), Change.keep()))))
                .isEqualTo(new UpdateAddressUseCase.UnknownAddress());
        assertThat(delete.delete(new DeleteAddressUseCase.Command(SHOP, ada.id(), bobs)))
                .isEqualTo(new DeleteAddressUseCase.UnknownAddress());
        assertThat(tags.change(new ChangeAddressTagsUseCase.Command(SHOP, ada.id(), bobs, Operation.ADD, List.of("X"))))
                .isEqualTo(new ChangeAddressTagsUseCase.UnknownAddress());
        assertThat(get.get(new GetAddressUseCase.Command(RIVAL, bob.id(), bobs)))
                .as("other tenant")
                .isEqualTo(new GetAddressUseCase.UnknownAddress());
        assertThat(list.list(new ListAddressesUseCase.Command(RIVAL, bob.id()))).isEmpty();
        assertThat(ports.addresses.find(bob.id(), bobs).orElseThrow().street()).isEqualTo("Bob");
    }

    @Test
    void tagsAreAddedOnceRemovedAndCappedAtTwenty() {
        AddressId id = added(ada, patch("One", Change.keep(), Change.to(List.of("HOME"))));

        tags.change(
                new ChangeAddressTagsUseCase.Command(SHOP, ada.id(), id, Operation.ADD, List.of("BILLING", "HOME")));
        assertThat(ports.addresses.find(ada.id(), id).orElseThrow().tags()).containsExactly("HOME", "BILLING");
        tags.change(
                new ChangeAddressTagsUseCase.Command(SHOP, ada.id(), id, Operation.REMOVE, List.of("HOME", "NONE")));
        assertThat(ports.addresses.find(ada.id(), id).orElseThrow().tags()).containsExactly("BILLING");

        List<String> twenty = IntStream.range(0, 20).mapToObj(i -> "T" + i).toList();
        assertThat(tags.change(new ChangeAddressTagsUseCase.Command(SHOP, ada.id(), id, Operation.ADD, twenty)))
                .isEqualTo(new ChangeAddressTagsUseCase.TooManyTags());
        assertThat(ports.addresses.find(ada.id(), id).orElseThrow().tags()).containsExactly("BILLING");
    }

    @Test
    void deletingTheCustomerDeletesItsAddresses() {
        added(ada, patch("One", Change.keep(), Change.keep()));

        ports.customers.delete(ada.id());

        assertThat(ports.addresses.listOf(ada.id())).isEmpty();
    }

    private AddressId added(Customer customer, AddressPatch patch) {
        return ((AddAddressUseCase.Added) add.add(new AddAddressUseCase.Command(SHOP, customer.id(), patch))).id();
    }

    private List<AddressId> defaultsOf(Customer customer) {
        return ports.addresses.listOf(customer.id()).stream()
                .filter(Address::isDefault)
                .map(Address::id)
                .toList();
    }

    private static AddressPatch patch(String street, Change<Boolean> isDefault, Change<List<String>> tags) {
        return new AddressPatch(
                Change.keep(),
                Change.keep(),
                street == null ? Change.keep() : Change.to(street),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                tags,
                isDefault,
                Change.keep(),
                Change.keep());
    }
}
