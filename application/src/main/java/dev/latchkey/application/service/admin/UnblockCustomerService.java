package dev.latchkey.application.service.admin;

import dev.latchkey.application.port.in.admin.UnblockCustomerUseCase;
import dev.latchkey.application.port.out.CustomerRepository;
import dev.latchkey.application.port.out.SecurityEventLog;
import dev.latchkey.application.port.out.Transactions;
import dev.latchkey.domain.customer.AccountStatus;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.SecurityEvent;
import dev.latchkey.domain.customer.SecurityEventType;
import java.time.Clock;
import java.util.Optional;

/** Makes a blocked customer active again; an account that never was activated stays as it is. */
public final class UnblockCustomerService implements UnblockCustomerUseCase {

    private final CustomerRepository customers;
    private final SecurityEventLog events;
    private final Transactions transactions;
    private final Clock clock;

    public UnblockCustomerService(
            CustomerRepository customers, SecurityEventLog events, Transactions transactions, Clock clock) {
        this.customers = customers;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Result unblock(Command command) {
        return transactions.inTransaction(() -> {
            Optional<Customer> found = customers.find(command.tenant(), command.customer());
            if (found.isEmpty()) {
                return new NotFound();
            }
            return switch (found.get().status()) {
                case PENDING -> new NotActivated();
                case ACTIVE -> new Unblocked();
                case BLOCKED -> {
                    if (customers.changeStatus(found.get().id(), AccountStatus.BLOCKED, AccountStatus.ACTIVE)) {
                        events.record(SecurityEvent.of(
                                command.tenant(),
                                found.get().id(),
                                SecurityEventType.ACCOUNT_UNBLOCKED,
                                clock.instant(),
                                "",
                                ""));
                    }
                    yield new Unblocked();
                }
            };
        });
    }
}
