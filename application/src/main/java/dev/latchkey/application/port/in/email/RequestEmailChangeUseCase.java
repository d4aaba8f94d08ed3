package dev.latchkey.application.port.in.email;

import dev.latchkey.application.port.in.RequestOrigin;
import dev.latchkey.domain.credential.Password;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.tenant.TenantName;
import java.time.Duration;
import java.util.Optional;

/**
 * Starts changing a logged-in customer's login email. The customer confirms email and password
 * again; a confirmation link goes to the new address and a notice to the current one. A new address
 * that already has an account gets the same answer and no link, so nobody learns which addresses exist.
 */
public interface RequestEmailChangeUseCase {

    Result request(Command command);

    /**
     * @param email            the login email as the customer typed it again, checked together with the password;
     *                         empty where the customer did not type it (the account page asks for the password only)
     * @param syncContactEmail the profile's contact email becomes the new address too, once confirmed
     */
    record Command(
            TenantName tenant,
            CustomerId customer,
            Optional<EmailAddress> email,
            Password password,
            EmailAddress newEmail,
            RequestOrigin origin,
            boolean syncContactEmail) {

        public Command(
                TenantName tenant,
                CustomerId customer,
                EmailAddress email,
                Password password,
                EmailAddress newEmail,
                RequestOrigin origin) {
            this(tenant, customer, Optional.of(email), password, newEmail, origin, false);
        }
    }

    sealed interface Result {}

    /** Also the answer when the new address is taken: nothing changes then, and no link is sent. */
    record Requested() implements Result {}

    /** The email is not the customer's login email, or the password is wrong: the caller must not be able to tell which. */
    record WrongCredentials() implements Result {}

    /** Too many wrong passwords for this account or from this address: not even checked. */
    record Throttled(Duration retryAfter) implements Result {}
}
