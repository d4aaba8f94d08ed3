package dev.latchkey.domain.customer;

import dev.latchkey.domain.credential.PasswordHash;
import dev.latchkey.domain.tenant.TenantName;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A shop's customer.
 *
 * @param passwordHash the email+password login; empty for an account that signs in another way
 */
public record Customer(
        CustomerId id,
        TenantName tenant,
        CustomerNumber number,
        EmailAddress email,
        Optional<PasswordHash> passwordHash,
        AccountStatus status,
        String preferredLanguage,
        Instant createdAt) {

    public static final String DEFAULT_LANGUAGE = "en_US";

    public Customer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(preferredLanguage, "preferredLanguage");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean isActive() {
        return status == AccountStatus.ACTIVE;
    }

    public Customer withStatus(AccountStatus newStatus) {
        return new Customer(id, tenant, number, email, passwordHash, newStatus, preferredLanguage, createdAt);
    }

    public Customer withPasswordHash(PasswordHash newHash) {
        return new Customer(id, tenant, number, email, Optional.of(newHash), status, preferredLanguage, createdAt);
    }

    public Customer withEmail(EmailAddress newEmail) {
        return new Customer(id, tenant, number, newEmail, passwordHash, status, preferredLanguage, createdAt);
    }
}
