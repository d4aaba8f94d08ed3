package dev.latchkey.application.service.address;

import dev.latchkey.application.port.in.address.DeleteAddressUseCase;
import dev.latchkey.application.port.out.AddressRepository;
import dev.latchkey.application.port.out.CustomerRepository;
import dev.latchkey.application.port.out.Transactions;

/** Deletes one of the customer's addresses. */
public final class DeleteAddressService implements DeleteAddressUseCase {

    private final AddressRepository addresses;
    private final AddressBook book;
    private final Transactions transactions;

    public DeleteAddressService(CustomerRepository customers, AddressRepository addresses, Transactions transactions) {
        this.addresses = addresses;
        this.book = new AddressBook(customers, addresses);
        this.transactions = transactions;
    }

    @Override
    public Result delete(Command command) {
        return transactions.inTransaction(() -> book.lock(command.tenant(), command.customer())
                        && addresses.delete(command.customer(), command.address())
                ? new Deleted()
                : new UnknownAddress());
    }
}
