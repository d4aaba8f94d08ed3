package dev.latchkey.application.service.account;

import dev.latchkey.application.port.in.account.AccountExport;
import dev.latchkey.application.port.in.account.ExportAccountUseCase;
import dev.latchkey.application.port.out.AddressRepository;
import dev.latchkey.application.port.out.CustomerRepository;
import dev.latchkey.application.port.out.LoginSessionRepository;
import dev.latchkey.application.port.out.ProfileRepository;
import dev.latchkey.application.port.out.SecurityEventLog;
import dev.latchkey.application.port.out.TenantRepository;
import dev.latchkey.application.port.out.Transactions;
import dev.latchkey.application.service.session.SessionSummaries;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.tenant.Tenant;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Gathers what is held about a customer, read in one transaction so the parts agree: the account,
 * its profile, its addresses, its live sessions and its kept security events.
 */
public final class ExportAccountService implements ExportAccountUseCase {

    private final TenantRepository tenants;
    private final CustomerRepository customers;
    private final LoginSessionRepository sessions;
    private final SecurityEventLog events;
    private final Transactions transactions;
    private final Clock clock;
    private final ProfileRepository profiles;
    private final AddressRepository addresses;

    public ExportAccountService(
            TenantRepository tenants,
            CustomerRepository customers,
            LoginSessionRepository sessions,
            SecurityEventLog events,
            Transactions transactions,
            Clock clock,
            ProfileRepository profiles,
            AddressRepository addresses) {
        this.tenants = tenants;
        this.customers = customers;
        this.sessions = sessions;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.profiles = profiles;
        this.addresses = addresses;
    }

    @Override
    public Result export(Command command) {
        Optional<Tenant> tenant = tenants.find(command.tenant());
        if (tenant.isEmpty()) {
            return new UnknownCustomer();
        }
        Instant now = clock.instant();
        return transactions.inTransaction(() -> customers
                .find(command.tenant(), command.customer())
                .<Result>map(customer -> new Exported(exportOf(tenant.get(), customer, command, now)))
                .orElseGet(UnknownCustomer::new));
    }

    private AccountExport exportOf(Tenant tenant, Customer customer, Command command, Instant now) {
        return new AccountExport(
                customer.id(),
                customer.number(),
                customer.email(),
                customer.status(),
                customer.createdAt(),
                customer.preferredLanguage(),
                profiles.find(customer.id()).orElseThrow(),
                addresses.listOf(customer.id()),
                SessionSummaries.live(tenant, sessions.liveSessionsOf(customer.id()), command.currentSession(), now),
                events.newestOf(tenant.name(), customer.id()),
                now);
    }
}
