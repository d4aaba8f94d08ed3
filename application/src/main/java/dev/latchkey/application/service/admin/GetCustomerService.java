package dev.latchkey.application.service.admin;

import dev.latchkey.application.port.in.admin.CustomerSummary;
import dev.latchkey.application.port.in.admin.GetCustomerUseCase;
import dev.latchkey.application.port.out.CustomerRepository;

/** Finds one customer of the tenant; another tenant's customer is not found. */
public final class GetCustomerService implements GetCustomerUseCase {

    private final CustomerRepository customers;

    public GetCustomerService(CustomerRepository customers) {
        this.customers = customers;
    }

    @Override
    public Result get(Command command) {
        return customers
                .find(command.tenant(), command.customer())
                .<Result>map(customer -> new Found(CustomerSummary.of(customer)))
                .orElseGet(NotFound::new);
    }
}
