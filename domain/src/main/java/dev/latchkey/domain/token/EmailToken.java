package dev.latchkey.domain.token;

import dev.latchkey.domain.credential.TokenHash;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.tenant.TenantName;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A one-time token sent by mail, kept under its hash; spent on first use.
 *
 * @param payload what the token carries besides its purpose, e.g. the new address of an email change
 */
public record EmailToken(
        TokenHash tokenHash,
        TenantName tenant,
        CustomerId customer,
        EmailTokenPurpose purpose,
        Instant issuedAt,
        Instant expiresAt,
        Optional<Instant> spentAt,
        Optional<String> payload) {

    public EmailToken {
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(spentAt, "spentAt");
        Objects.requireNonNull(payload, "payload");
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public boolean isSpent() {
        return spentAt.isPresent();
    }
}
