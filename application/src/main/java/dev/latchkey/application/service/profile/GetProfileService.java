package dev.latchkey.application.service.profile;

import dev.latchkey.application.port.in.profile.CustomerProfile;
import dev.latchkey.application.port.in.profile.GetProfileUseCase;
import dev.latchkey.application.port.out.AddressRepository;
import dev.latchkey.application.port.out.CustomerRepository;
import dev.latchkey.application.port.out.ProfileRepository;
import dev.latchkey.application.port.out.Transactions;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.profile.Address;
import dev.latchkey.domain.profile.Profile;
import java.util.List;
import java.util.Optional;

/**
 * Reads the customer and its profile in one statement, or, with its addresses, all three in one
 * transaction, so that they agree.
 */
public final class GetProfileService implements GetProfileUseCase {

    private final CustomerRepository customers;
    private final ProfileRepository profiles;
    private final AddressRepository addresses;
    private final Transactions transactions;

    public GetProfileService(
            CustomerRepository customers,
            ProfileRepository profiles,
            AddressRepository addresses,
            Transactions transactions) {
        this.customers = customers;
        this.profiles = profiles;
        this.addresses = addresses;
        this.transactions = transactions;
    }

    @Override
    public Result get(Command command) {
        if (!command.withAddresses()) {
            return profiles.findWithCustomer(command.tenant(), command.customer())
                    .<Result>map(found -> new Found(profileOf(found.customer(), found.profile(), Optional.empty())))
                    .orElseGet(UnknownCustomer::new);
        }
        return transactions.inTransaction(() -> customers
                .find(command.tenant(), command.customer())
                .<Result>map(customer -> new Found(profileOf(
                        customer,
                        profiles.find(customer.id()).orElseThrow(),
                        Optional.of(addresses.listOf(customer.id())))))
                .orElseGet(UnknownCustomer::new));
    }

    private static CustomerProfile profileOf(Customer customer, Profile profile, Optional<List<Address>> addresses) {
        return new CustomerProfile(
                customer.id(),
                customer.number(),
                customer.email(),
                customer.status(),
                customer.passwordHash().isPresent(),
                profile,
                addresses);
    }
}
