package dev.latchkey.application.port.in.profile;

import dev.latchkey.domain.customer.AccountStatus;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.customer.CustomerNumber;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.profile.Address;
import dev.latchkey.domain.profile.Profile;
import java.util.List;
import java.util.Optional;

/**
 * What the customer sees of itself: the read-only account fields (an email+password login only
 * when it has one), the profile and, when asked for, the addresses.
 */
public record CustomerProfile(
        CustomerId id,
        CustomerNumber number,
        EmailAddress email,
        AccountStatus status,
        boolean hasPasswordLogin,
        Profile profile,
        Optional<List<Address>> addresses) {

    public CustomerProfile {
        addresses = addresses.map(List::copyOf);
    }
}
