package dev.latchkey.application.port.out;

import dev.latchkey.domain.credential.TokenHash;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.token.EmailToken;
import dev.latchkey.domain.token.EmailTokenPurpose;
import java.time.Instant;
import java.util.Optional;

/** Keeps the one-time tokens sent by mail, under their hashes. */
public interface EmailTokenRepository {

    /** Adds the token and voids every unspent older token of the same customer and purpose. */
    void replace(EmailToken token);

    Optional<EmailToken> find(TokenHash tokenHash);

    /** Spends the token only if it is unspent; false when it was spent already (e.g. by a concurrent request). */
    boolean spend(TokenHash tokenHash, Instant when);

    void voidAll(CustomerId customer, EmailTokenPurpose purpose, Instant when);

    /**
     * Adds the token and leaves older tokens of the same customer and purpose usable, for tokens
     * that must not cancel each other (each undo link of an email change restores its own address).
     */
    void add(EmailToken token);
}
