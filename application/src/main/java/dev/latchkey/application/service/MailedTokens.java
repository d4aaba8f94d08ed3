package dev.latchkey.application.service;

import dev.latchkey.application.port.out.CustomerRepository;
import dev.latchkey.application.port.out.EmailTokenRepository;
import dev.latchkey.domain.credential.TokenHash;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.tenant.TenantName;
import dev.latchkey.domain.token.EmailToken;
import dev.latchkey.domain.token.EmailTokenPurpose;
import java.time.Instant;
import java.util.Optional;

/**
 * Looks up a one-time token from a mail the same way for every flow: unknown, spent, of another
 * purpose or tenant, or of a customer that is gone is invalid; past its lifetime it is expired.
 */
public final class MailedTokens {

    private static final int MAX_TOKEN_LENGTH = 512;

    private final EmailTokenRepository emailTokens;
    private final CustomerRepository customers;

    public MailedTokens(EmailTokenRepository emailTokens, CustomerRepository customers) {
        this.emailTokens = emailTokens;
        this.customers = customers;
    }

    /** What a presented token turned out to be. */
    public sealed interface Lookup {
    }

    /** The token may be spent now, by its customer. */
    public record Usable(EmailToken token, Customer customer) implements Lookup {
    }

    public record Invalid() implements Lookup {
    }

    /** Unspent, but past its lifetime; {@code token} tells whose it was. */
    public record Expired(EmailToken token) implements Lookup {
    }

    /** False for what cannot be a token at all (missing, blank, absurdly long), before anything is hashed. */
    public static boolean isPlausible(String presented) {
        return presented != null && !presented.isBlank() && presented.length() <= MAX_TOKEN_LENGTH;
    }

    public Lookup find(TenantName tenant, TokenHash hash, EmailTokenPurpose purpose, Instant now) {
        Optional<EmailToken> token = emailTokens.find(hash)
                .filter(t -> t.purpose() == purpose)
                .filter(t -> t.tenant().equals(tenant));
        if (token.isEmpty() || token.get().isSpent()) {
            return new Invalid();
        }
        if (token.get().isExpiredAt(now)) {
            return new Expired(token.get());
        }
        return customers.find(tenant, token.get().customer())
                .<Lookup>map(customer -> new Usable(token.get(), customer))
                .orElseGet(Invalid::new);
    }
}
