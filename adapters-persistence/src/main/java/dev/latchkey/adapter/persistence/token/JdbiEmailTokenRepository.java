package dev.latchkey.adapter.persistence.token;

import static dev.latchkey.adapter.persistence.Columns.instant;
import static dev.latchkey.adapter.persistence.Columns.optionalInstant;
import static dev.latchkey.adapter.persistence.Columns.utc;

import dev.latchkey.application.port.out.EmailTokenRepository;
import dev.latchkey.domain.credential.TokenHash;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.tenant.TenantName;
import dev.latchkey.domain.token.EmailToken;
import dev.latchkey.domain.token.EmailTokenPurpose;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** One-time emailed tokens in the {@code email_token} table, keyed by the token's hash. */
public final class JdbiEmailTokenRepository implements EmailTokenRepository {

    private final Jdbi jdbi;

    public JdbiEmailTokenRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void replace(EmailToken token) {
        jdbi.useTransaction(handle -> {
            voidAll(token.customer(), token.purpose(), token.issuedAt());
            add(token);
        });
    }

    @Override
    public void add(EmailToken token) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO email_token (token_hash, tenant, customer_id, purpose, issued_at, expires_at, spent_at, payload)
                        VALUES (:hash, :tenant, :customer, :purpose, :issuedAt, :expiresAt, NULL, :payload)""")
                .bind("hash", token.tokenHash().hex())
                .bind("tenant", token.tenant().value())
                .bind("customer", token.customer().value())
                .bind("purpose", token.purpose().name())
                .bind("issuedAt", utc(token.issuedAt()))
                .bind("expiresAt", utc(token.expiresAt()))
                .bind("payload", token.payload().orElse(null))
                .execute());
    }

    @Override
    public Optional<EmailToken> find(TokenHash tokenHash) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT token_hash, tenant, customer_id, purpose, issued_at, expires_at, spent_at, payload
                        FROM email_token WHERE token_hash = :hash""")
                .bind("hash", tokenHash.hex())
                .map((rs, ctx) -> new EmailToken(
                        new TokenHash(rs.getString("token_hash")),
                        new TenantName(rs.getString("tenant")),
                        new CustomerId(rs.getObject("customer_id", UUID.class)),
                        EmailTokenPurpose.valueOf(rs.getString("purpose")),
                        instant(rs, "issued_at"),
                        instant(rs, "expires_at"),
                        optionalInstant(rs, "spent_at"),
                        Optional.ofNullable(rs.getString("payload"))))
                .findOne());
    }

    @Override
    public boolean spend(TokenHash tokenHash, Instant when) {
        return jdbi.withHandle(handle -> handle.createUpdate(
                                "UPDATE email_token SET spent_at = :when WHERE token_hash = :hash AND spent_at IS NULL")
                        .bind("when", utc(when))
                        .bind("hash", tokenHash.hex())
                        .execute())
                == 1;
    }

    @Override
    public void voidAll(CustomerId customer, EmailTokenPurpose purpose, Instant when) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        UPDATE email_token SET spent_at = :when
                        WHERE customer_id = :customer AND purpose = :purpose AND spent_at IS NULL""")
                .bind("when", utc(when))
                .bind("customer", customer.value())
                .bind("purpose", purpose.name())
                .execute());
    }
}
