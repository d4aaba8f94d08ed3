package dev.latchkey.application.port.out;

import dev.latchkey.application.port.in.RequestOrigin;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.profile.CustomerType;
import dev.latchkey.domain.tenant.TenantName;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A request that was answered before anything was looked up, so that its answer costs the same and
 * says the same for a known and an unknown email: acting on it (a mail, an account, a security event
 * of whoever has {@code email}, if anyone does) comes afterwards.
 *
 * @param customerType for a reset the shop's backend asked for: only an account of this type is mailed
 * @param origin       where the request came from, for the security event a failed login records
 * @param signup       what a signup gives to the account it makes
 */
public record DeferredRequest(
        String id,
        Kind kind,
        TenantName tenant,
        EmailAddress email,
        Optional<CustomerType> customerType,
        Optional<RequestOrigin> origin,
        Optional<SignupDetails> signup,
        Instant requestedAt) {

    public enum Kind {
        PASSWORD_RESET,
        ACTIVATION_RESEND,
        FAILED_LOGIN,
        THROTTLED_LOGIN,
        SIGNUP
    }

    public DeferredRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(customerType, "customerType");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(signup, "signup");
        Objects.requireNonNull(requestedAt, "requestedAt");
        if ((kind == Kind.SIGNUP) != signup.isPresent()) {
            throw new IllegalArgumentException("A signup, and only a signup, carries signup details");
        }
    }
}
