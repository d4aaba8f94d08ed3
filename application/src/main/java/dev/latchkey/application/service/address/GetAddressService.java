package dev.latchkey.application.service.address;

import dev.latchkey.application.port.in.address.GetAddressUseCase;
import dev.latchkey.application.port.out.AddressRepository;
import dev.latchkey.application.port.out.CustomerRepository;

/** Reads one of the customer's own addresses. */
public final class GetAddressService implements GetAddressUseCase {

    private final AddressBook book;

    public GetAddressService(CustomerRepository customers, AddressRepository addresses) {
        this.book = new AddressBook(customers, addresses);
    }

    @Override
    public Result get(Command command) {
        return book.find(command.tenant(), command.customer(), command.address())
                .<Result>map(Found::new)
                .orElseGet(UnknownAddress::new);
    }
}
