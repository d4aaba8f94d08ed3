package dev.latchkey.application.service.address;

import dev.latchkey.application.port.in.address.UpdateAddressUseCase;
import dev.latchkey.application.port.out.AddressRepository;
import dev.latchkey.application.port.out.CustomerRepository;
import dev.latchkey.application.port.out.Transactions;
import dev.latchkey.domain.profile.Address;
import java.util.Optional;

/** Applies a merge patch to one of the customer's addresses, keeping at most one default. */
public final class UpdateAddressService implements UpdateAddressUseCase {

    private final AddressRepository addresses;
    private final AddressBook book;
    private final Transactions transactions;

    public UpdateAddressService(CustomerRepository customers, AddressRepository addresses, Transactions transactions) {
        this.addresses = addresses;
        this.book = new AddressBook(customers, addresses);
        this.transactions = transactions;
    }

    @Override
    public Result update(Command command) {
        return transactions.inTransaction(() -> {
            if (!book.lock(command.tenant(), command.customer())) {
                return new UnknownAddress();
            }
            Optional<Address> current = addresses.find(command.customer(), command.address());
            if (current.isEmpty()) {
                return new UnknownAddress();
            }
            Address updated = current.get().apply(command.patch());
            addresses.update(command.customer(), updated);
            book.keepSingleDefault(command.customer(), updated);
            return new Updated(updated);
        });
    }
}
