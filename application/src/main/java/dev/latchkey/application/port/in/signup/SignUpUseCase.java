package dev.latchkey.application.port.in.signup;

import dev.latchkey.domain.credential.Password;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.policy.PasswordRule;
import dev.latchkey.domain.profile.AddressPatch;
import dev.latchkey.domain.profile.ProfilePatch;
import dev.latchkey.domain.tenant.TenantName;
import java.util.List;
import java.util.Optional;

/**
 * Creates a pending account and mails its activation link. An email that already has an account
 * gets the same answer, and its owner a mail saying so, so nobody learns which addresses exist.
 */
public interface SignUpUseCase {

    Result signUp(Command command);

    /**
     * @param details the profile fields sent with the signup, as a patch of the default profile
     * @param address an address sent with the signup, as a patch of an empty one
     */
    record Command(
            TenantName tenant,
            EmailAddress email,
            Password password,
            Optional<ProfilePatch> details,
            Optional<AddressPatch> address) {

        public Command(TenantName tenant, EmailAddress email, Password password) {
            this(tenant, email, password, Optional.empty(), Optional.empty());
        }
    }

    sealed interface Result {}

    record SignedUp() implements Result {}

    record PasswordRejected(List<PasswordRule> failedRules) implements Result {}

    record UnknownTenant() implements Result {}
}
