package dev.latchkey.application.port.out;

import dev.latchkey.domain.credential.PasswordHash;
import dev.latchkey.domain.profile.Address;
import dev.latchkey.domain.profile.Profile;
import java.util.Objects;
import java.util.Optional;

/** What a signup gives the account it makes: the hashed password, the profile, and the first address if any. */
public record SignupDetails(PasswordHash passwordHash, Profile profile, Optional<Address> address) {

    public SignupDetails {
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(address, "address");
    }

    @Override
    public String toString() {
        return "SignupDetails[address=" + address.isPresent() + "]";
    }
}
