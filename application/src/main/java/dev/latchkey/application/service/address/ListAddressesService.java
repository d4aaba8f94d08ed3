package dev.latchkey.application.service.address;

import dev.latchkey.application.port.in.address.ListAddressesUseCase;
import dev.latchkey.application.port.out.AddressRepository;
import dev.latchkey.application.port.out.CustomerRepository;
import dev.latchkey.domain.profile.Address;
import java.util.List;

/** Lists a customer's addresses; a customer of another tenant has none. */
public final class ListAddressesService implements ListAddressesUseCase {

    private final CustomerRepository customers;
    private final AddressRepository addresses;

    public ListAddressesService(CustomerRepository customers, AddressRepository addresses) {
        this.customers = customers;
        this.addresses = addresses;
    }

    @Override
    public List<Address> list(Command command) {
        return customers
                .find(command.tenant(), command.customer())
                .map(customer -> addresses.listOf(customer.id()))
                .orElse(List.of());
    }
}
