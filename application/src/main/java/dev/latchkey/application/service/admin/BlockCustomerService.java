package dev.latchkey.application.service.admin;

import dev.latchkey.application.port.in.admin.BlockCustomerUseCase;
import dev.latchkey.application.port.out.CustomerRepository;
import dev.latchkey.application.port.out.LoginSessionRepository;
import dev.latchkey.application.port.out.SecurityEventLog;
import dev.latchkey.application.port.out.Transactions;
import dev.latchkey.domain.customer.AccountStatus;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.SecurityEvent;
import dev.latchkey.domain.customer.SecurityEventType;
import java.time.Clock;
import java.util.Optional;

/**
 * Blocks an active customer and, in the same transaction, revokes every one of its sessions, so its
 * access and refresh tokens stop working at once.
 */
public final class BlockCustomerService implements BlockCustomerUseCase {

    private final CustomerRepository customers;
    private final LoginSessionRepository sessions;
    private final SecurityEventLog events;
    private final Transactions transactions;
    private final Clock clock;

    public BlockCustomerService(
            CustomerRepository customers,
            LoginSessionRepository sessions,
            SecurityEventLog events,
            Transactions transactions,
            Clock clock) {
        this.customers = customers;
        this.sessions = sessions;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Result block(Command command) {
        return transactions.inTransaction(() -> {
            Optional<Customer> found = customers.find(command.tenant(), command.customer());
            if (found.isEmpty()) {
                return new NotFound();
            }
            if (found.get().status() == AccountStatus.PENDING) {
                return new NotActivated();
            }
            if (found.get().status() == AccountStatus.ACTIVE
                    && customers.changeStatus(found.get().id(), AccountStatus.ACTIVE, AccountStatus.BLOCKED)) {
                events.record(SecurityEvent.of(
                        command.tenant(),
                        found.get().id(),
                        SecurityEventType.ACCOUNT_BLOCKED,
                        clock.instant(),
                        "",
                        ""));
            }
            sessions.revokeAllOf(found.get().id(), Optional.empty(), clock.instant());
            return new Blocked();
        });
    }
}
