package dev.latchkey.application.service;

import dev.latchkey.application.port.out.CustomerRepository;
import dev.latchkey.application.port.out.EmailTokenRepository;
import dev.latchkey.application.port.out.TenantRepository;
import dev.latchkey.application.port.out.Transactions;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.tenant.TenantName;
import dev.latchkey.domain.token.EmailToken;
import dev.latchkey.domain.token.EmailTokenPurpose;
import dev.latchkey.domain.token.LinkToken;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The first step every use of a mailed link's token shares: its tenant, then, in one transaction, what
 * the token is (unknown, spent, of another purpose or tenant, or of a customer that is gone: invalid;
 * past its lifetime: expired) and whatever the use case does with it.
 */
public final class MailedTokens {

    private final TenantRepository tenants;
    private final EmailTokenRepository emailTokens;
    private final CustomerRepository customers;
    private final Transactions transactions;
    private final Clock clock;

    public MailedTokens(
            TenantRepository tenants,
            EmailTokenRepository emailTokens,
            CustomerRepository customers,
            Transactions transactions,
            Clock clock) {
        this.tenants = tenants;
        this.emailTokens = emailTokens;
        this.customers = customers;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What a presented token turned out to be. */
    public sealed interface Lookup {}

    /** The token may be spent now, by its customer. */
    public record Usable(EmailToken token, Customer customer) implements Lookup {}

    public record Invalid() implements Lookup {}

    /** Unspent, but past its lifetime; {@code token} tells whose it was. */
    public record Expired(EmailToken token) implements Lookup {}

    /** What a use case does once it knows what the token is; runs in the transaction of the lookup. */
    @FunctionalInterface
    public interface Step<R> {
        R apply(Tenant tenant, Lookup lookup, Instant now);
    }

    /**
     * Looks {@code token} up as a token for {@code purpose} and runs {@code step} with the answer, both in
     * one transaction; a tenant that does not exist gets {@code unknownTenant} without a lookup.
     */
    public <R> R use(
            TenantName tenantName,
            LinkToken token,
            EmailTokenPurpose purpose,
            Supplier<R> unknownTenant,
            Step<R> step) {
        Optional<Tenant> tenant = tenants.find(tenantName);
        if (tenant.isEmpty()) {
            return unknownTenant.get();
        }
        try {
            return transactions.inTransaction(() -> {
                Instant now = clock.instant();
                return step.apply(tenant.get(), find(tenantName, token, purpose, now), now);
            });
        } catch (RolledBack rolledBack) {
            @SuppressWarnings("unchecked")
            R result = (R) rolledBack.result;
            return result;
        }
    }

    /**
     * For a step that finds, after it changed something, that it must not have: thrown, it rolls the
     * transaction back (a spent token with it) and {@link #use} answers {@code result}.
     */
    public static <R> RuntimeException rollBackAnswering(R result) {
        return new RolledBack(result);
    }

    /** Spends the token of {@code usable}; false when another request spent it first. */
    public boolean spend(Usable usable, Instant now) {
        return emailTokens.spend(usable.token().tokenHash(), now);
    }

    private Lookup find(TenantName tenant, LinkToken presented, EmailTokenPurpose purpose, Instant now) {
        Optional<EmailToken> token = emailTokens
                .find(presented.hash())
                .filter(t -> t.purpose() == purpose)
                .filter(t -> t.tenant().equals(tenant));
        if (token.isEmpty() || token.get().isSpent()) {
            return new Invalid();
        }
        if (token.get().isExpiredAt(now)) {
            return new Expired(token.get());
        }
        return customers
                .find(tenant, token.get().customer())
                .<Lookup>map(customer -> new Usable(token.get(), customer))
                .orElseGet(Invalid::new);
    }

    private static final class RolledBack extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient Object result;

        RolledBack(Object result) {
            super(null, null, false, false);
            this.result = result;
        }
    }
}
