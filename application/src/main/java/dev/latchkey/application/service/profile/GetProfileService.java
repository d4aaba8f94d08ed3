package dev.latchkey.application.service.profile;

import dev.latchkey.application.port.in.profile.CustomerProfile;
import dev.latchkey.application.port.in.profile.GetProfileUseCase;
import dev.latchkey.application.port.out.AddressRepository;
import dev.latchkey.application.port.out.CustomerRepository;
import dev.latchkey.application.port.out.ProfileRepository;
import dev.latchkey.application.port.out.Transactions;
import dev.latchkey.domain.customer.Customer;
import java.util.Optional;

/** Reads the customer, its profile and (if asked) its addresses in one transaction, so they agree. */
public final class GetProfileService implements GetProfileUseCase {

    private final CustomerRepository customers;
    private final ProfileRepository profiles;
    private final AddressRepository addresses;
    private final Transactions transactions;

    public GetProfileService(CustomerRepository customers, ProfileRepository profiles, AddressRepository addresses,
                             Transactions transactions) {
        this.customers = customers;
        this.profiles = profiles;
        this.addresses = addresses;
        this.transactions = transactions;
    }

    @Override
    public Result get(Command command) {
        return transactions.inTransaction(() -> customers.find(command.tenant(), command.customer())
                .<Result>map(customer -> new Found(profileOf(customer, command.withAddresses())))
                .orElseGet(UnknownCustomer::new));
    }

    private CustomerProfile profileOf(Customer customer, boolean withAddresses) {
        return new CustomerProfile(customer.id(), customer.number(), customer.email(), customer.status(),
                customer.passwordHash().isPresent(), profiles.find(customer.id()).orElseThrow(),
                withAddresses ? Optional.of(addresses.listOf(customer.id())) : Optional.empty());
    }
}
