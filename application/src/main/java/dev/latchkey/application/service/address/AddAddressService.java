package dev.latchkey.application.service.address;

import dev.latchkey.application.port.in.address.AddAddressUseCase;
import dev.latchkey.application.port.out.AddressRepository;
import dev.latchkey.application.port.out.CustomerRepository;
import dev.latchkey.application.port.out.Transactions;
import dev.latchkey.domain.profile.Address;
import dev.latchkey.domain.profile.AddressId;

/** Adds an address, within the book's size limit, keeping at most one default. */
public final class AddAddressService implements AddAddressUseCase {

    private final AddressRepository addresses;
    private final AddressBook book;
    private final Transactions transactions;

    public AddAddressService(CustomerRepository customers, AddressRepository addresses, Transactions transactions) {
        this.addresses = addresses;
        this.book = new AddressBook(customers, addresses);
        this.transactions = transactions;
    }

    @Override
    public Result add(Command command) {
        return transactions.inTransaction(() -> {
            if (!book.lock(command.tenant(), command.customer())) {
                return new UnknownCustomer();
            }
            if (addresses.countOf(command.customer()) >= Address.MAX_PER_CUSTOMER) {
                return new AddressBookFull();
            }
            Address address = Address.empty(AddressId.random()).apply(command.address());
            addresses.add(command.customer(), address);
            book.keepSingleDefault(command.customer(), address);
            return new Added(address.id());
        });
    }
}
