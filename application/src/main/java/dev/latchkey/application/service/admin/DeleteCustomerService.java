package dev.latchkey.application.service.admin;

import dev.latchkey.application.port.in.admin.DeleteCustomerUseCase;
import dev.latchkey.application.port.out.CustomerRepository;
import dev.latchkey.application.port.out.SecurityEventLog;
import dev.latchkey.application.port.out.Transactions;
import dev.latchkey.domain.customer.SecurityEvent;
import dev.latchkey.domain.customer.SecurityEventType;
import java.time.Clock;

/** Erases a customer of the tenant; the schema's cascades take its sessions, grants and emailed tokens with it. */
public final class DeleteCustomerService implements DeleteCustomerUseCase {

    private final CustomerRepository customers;
    private final SecurityEventLog events;
    private final Transactions transactions;
    private final Clock clock;

    public DeleteCustomerService(
            CustomerRepository customers, SecurityEventLog events, Transactions transactions, Clock clock) {
        this.customers = customers;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Result delete(Command command) {
        return transactions.inTransaction(() -> customers
                .find(command.tenant(), command.customer())
                .<Result>map(customer -> {
                    customers.delete(customer.id());
                    events.record(SecurityEvent.anonymous(
                            command.tenant(), SecurityEventType.ACCOUNT_DELETED, clock.instant()));
                    return new Deleted();
                })
                .orElseGet(NotFound::new));
    }
}
