package dev.latchkey.application.port.out;

import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.profile.Profile;
import java.util.Optional;

/** Keeps each customer's profile (one per customer; a customer who never set one has the defaults). */
public interface ProfileRepository {

    /** The customer's profile; empty when there is no such customer. */
    Optional<Profile> find(CustomerId customer);

    /** Replaces the customer's profile, including its preferred language. */
    void save(CustomerId customer, Profile profile);
}
