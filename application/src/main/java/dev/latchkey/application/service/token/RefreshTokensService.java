package dev.latchkey.application.service.token;

import dev.latchkey.application.port.in.token.CustomerTokens;
import dev.latchkey.application.port.in.token.RefreshTokensUseCase;
import dev.latchkey.application.port.out.CustomerRepository;
import dev.latchkey.application.port.out.LoginSessionRepository;
import dev.latchkey.application.port.out.SecurityEventLog;
import dev.latchkey.application.port.out.TenantRepository;
import dev.latchkey.application.port.out.Transactions;
import dev.latchkey.domain.credential.TokenHash;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.SecurityEvent;
import dev.latchkey.domain.customer.SecurityEventType;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.token.LoginSession;
import dev.latchkey.domain.token.RefreshToken;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Rotates refresh tokens. A token that was rotated before and comes back is taken as stolen:
 * its whole login session ends, for the thief and the customer alike.
 */
public final class RefreshTokensService implements RefreshTokensUseCase {

    private static final int MAX_TOKEN_LENGTH = 512;

    private final TenantRepository tenants;
    private final CustomerRepository customers;
    private final LoginSessionRepository sessions;
    private final Transactions transactions;
    private final CustomerTokenFactory tokenFactory;
    private final Clock clock;
    private final SecurityEventLog events;

    public RefreshTokensService(
            TenantRepository tenants,
            CustomerRepository customers,
            LoginSessionRepository sessions,
            Transactions transactions,
            CustomerTokenFactory tokenFactory,
            Clock clock,
            SecurityEventLog events) {
        this.tenants = tenants;
        this.customers = customers;
        this.sessions = sessions;
        this.transactions = transactions;
        this.tokenFactory = tokenFactory;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public Result refresh(Command command) {
        if (command.refreshToken() == null
                || command.refreshToken().isBlank()
                || command.refreshToken().length() > MAX_TOKEN_LENGTH) {
            return new Rejected();
        }
        Optional<Tenant> tenant = tenants.find(command.tenant());
        if (tenant.isEmpty()) {
            return new Rejected();
        }
        TokenHash hash = TokenHash.of(command.refreshToken());
        return transactions.inTransaction(() -> refreshWithin(tenant.get(), hash, command, clock.instant()));
    }

    private Result refreshWithin(Tenant tenant, TokenHash hash, Command command, Instant now) {
        Optional<RefreshToken> found = sessions.findRefreshToken(hash);
        if (found.isEmpty()) {
            return new Rejected();
        }
        RefreshToken token = found.get();
        Optional<LoginSession> session = sessions.find(token.session())
                .filter(s -> s.tenant().equals(tenant.name()))
                .filter(s -> !s.isRevoked());
        if (session.isEmpty()) {
            return new Rejected();
        }
        if (token.wasRotated()) {
            return presentedAgain(tenant, token, session.get(), command, now);
        }
        if (token.isExpiredAt(now)) {
            return new Rejected();
        }
        if (!sessions.rotate(hash, now)) {
            // a request with the same token, running at the same time, rotated it first: this one repeats it
            return sessions.findRefreshToken(hash)
                    .filter(RefreshToken::wasRotated)
                    .map(rotated -> presentedAgain(tenant, rotated, session.get(), command, now))
                    .orElseGet(Rejected::new);
        }
        return activeCustomer(tenant, session.get(), now)
                .<Result>map(customer -> new Refreshed(tokensFor(tenant, customer, session.get(), now)))
                .orElseGet(Rejected::new);
    }

    /**
     * A rotated token presented again: within the tenant's reuse window another new pair of its session,
     * after it the end of the session, whose token may have been stolen.
     */
    private Result presentedAgain(
            Tenant tenant, RefreshToken token, LoginSession session, Command command, Instant now) {
        Duration window = tenant.settings().refreshReuseWindow();
        boolean withinWindow = now.isBefore(token.rotatedAt().orElseThrow().plus(window));
        if (!withinWindow) {
            sessions.revoke(session.id(), now);
            events.record(SecurityEvent.of(
                    tenant.name(),
                    session.customer(),
                    SecurityEventType.REFRESH_TOKEN_REUSED,
                    now,
                    command.origin().ip(),
                    command.origin().userAgent()));
            return new ReuseDetected();
        }
        Optional<Customer> customer = activeCustomer(tenant, session, now);
        if (customer.isEmpty()) {
            return new Rejected();
        }
        events.record(SecurityEvent.of(
                tenant.name(),
                session.customer(),
                SecurityEventType.REFRESH_TOKEN_REPEATED,
                now,
                command.origin().ip(),
                command.origin().userAgent()));
        return new Repeated(tokensFor(tenant, customer.get(), session, now));
    }

    /** The session's customer while its account is active; a session of any other account ends here. */
    private Optional<Customer> activeCustomer(Tenant tenant, LoginSession session, Instant now) {
        Optional<Customer> customer =
                customers.find(tenant.name(), session.customer()).filter(Customer::isActive);
        if (customer.isEmpty()) {
            sessions.revoke(session.id(), now);
        }
        return customer;
    }

    private CustomerTokens tokensFor(Tenant tenant, Customer customer, LoginSession session, Instant now) {
        sessions.markUsed(session.id(), now);
        return tokenFactory.issue(tenant, customer, session.client(), session.id(), now);
    }
}
