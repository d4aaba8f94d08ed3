package dev.latchkey.application.service.profile;

import dev.latchkey.application.port.in.profile.CustomerProfile;
import dev.latchkey.application.port.in.profile.UpdateProfileUseCase;
import dev.latchkey.application.port.out.AddressRepository;
import dev.latchkey.application.port.out.CustomerRepository;
import dev.latchkey.application.port.out.ProfileRepository;
import dev.latchkey.application.port.out.Transactions;
import dev.latchkey.domain.profile.Profile;
import java.util.Optional;

/**
 * Applies a merge patch to the profile. The customer's row is locked first, so two patches of one
 * customer apply one after the other and neither loses the other's fields.
 */
public final class UpdateProfileService implements UpdateProfileUseCase {

    private final CustomerRepository customers;
    private final ProfileRepository profiles;
    private final AddressRepository addresses;
    private final Transactions transactions;

    public UpdateProfileService(
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
    public Result update(Command command) {
        return transactions.inTransaction(() -> {
            addresses.lockBookOf(command.customer());
            return customers
                    .find(command.tenant(), command.customer())
                    .<Result>map(customer -> {
                        Profile updated =
                                profiles.find(customer.id()).orElseThrow().apply(command.patch());
                        profiles.save(customer.id(), updated);
                        return new Updated(new CustomerProfile(
                                customer.id(),
                                customer.number(),
                                customer.email(),
                                customer.status(),
                                customer.passwordHash().isPresent(),
                                updated,
                                Optional.empty()));
                    })
                    .orElseGet(UnknownCustomer::new);
        });
    }
}
