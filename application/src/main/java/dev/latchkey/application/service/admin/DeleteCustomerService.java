package dev.latchkey.application.service.admin;

import dev.latchkey.application.port.in.admin.DeleteCustomerUseCase;
import dev.latchkey.application.port.out.CustomerRepository;
import dev.latchkey.application.port.out.Transactions;

/** Erases a customer of the tenant; the schema's cascades take its sessions, grants and emailed tokens with it. */
public final class DeleteCustomerService implements DeleteCustomerUseCase {

    private final CustomerRepository customers;
    private final Transactions transactions;

    public DeleteCustomerService(CustomerRepository customers, Transactions transactions) {
        this.customers = customers;
        this.transactions = transactions;
    }

    @Override
    public Result delete(Command command) {
        return transactions.inTransaction(() -> customers.find(command.tenant(), command.customer())
                .<Result>map(customer -> {
                    customers.delete(customer.id());
                    return new Deleted();
                })
                .orElseGet(NotFound::new));
    }
}
