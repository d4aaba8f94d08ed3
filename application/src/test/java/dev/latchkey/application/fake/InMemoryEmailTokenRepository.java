package dev.latchkey.application.fake;

import dev.latchkey.application.port.out.EmailTokenRepository;
import dev.latchkey.domain.credential.TokenHash;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.token.EmailToken;
import dev.latchkey.domain.token.EmailTokenPurpose;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Emailed tokens under their hashes; voiding a token spends it, as the table does. */
public final class InMemoryEmailTokenRepository implements EmailTokenRepository, Transactional {

    private final Map<TokenHash, EmailToken> tokens = new LinkedHashMap<>();

    @Override
    public void replace(EmailToken token) {
        voidAll(token.customer(), token.purpose(), token.issuedAt());
        if (tokens.putIfAbsent(token.tokenHash(), token) != null) {
            throw new IllegalStateException("Duplicate token hash " + token.tokenHash());
        }
    }

    @Override
    public Optional<EmailToken> find(TokenHash tokenHash) {
        return Optional.ofNullable(tokens.get(tokenHash));
    }

    @Override
    public boolean spend(TokenHash tokenHash, Instant when) {
        EmailToken token = tokens.get(tokenHash);
        if (token == null || token.isSpent()) {
            return false;
        }
        tokens.put(tokenHash, spent(token, when));
        return true;
    }

    @Override
    public void voidAll(CustomerId customer, EmailTokenPurpose purpose, Instant when) {
        tokens.replaceAll(
                (hash, token) -> token.customer().equals(customer) && token.purpose() == purpose && !token.isSpent()
                        ? spent(token, when)
                        : token);
    }

    @Override
    public void add(EmailToken token) {
        if (tokens.putIfAbsent(token.tokenHash(), token) != null) {
            throw new IllegalStateException("Duplicate token hash " + token.tokenHash());
        }
    }

    /** What deleting the customer does to its tokens (see {@code CustomerRepository#delete}). */
    void removeCustomer(CustomerId customer) {
        tokens.values().removeIf(token -> token.customer().equals(customer));
    }

    @Override
    public Runnable snapshot() {
        return Transactional.copy(tokens);
    }

    public List<EmailToken> all() {
        return List.copyOf(tokens.values());
    }

    private static EmailToken spent(EmailToken token, Instant when) {
        return new EmailToken(
                token.tokenHash(),
                token.tenant(),
                token.customer(),
                token.purpose(),
                token.issuedAt(),
                token.expiresAt(),
                Optional.of(when),
                token.payload());
    }
}
