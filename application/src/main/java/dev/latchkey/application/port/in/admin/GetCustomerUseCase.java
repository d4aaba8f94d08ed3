package dev.latchkey.application.port.in.admin;

import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.tenant.TenantName;

/** Shows one customer of a tenant to the shop's backend. */
public interface GetCustomerUseCase {

    Result get(Command command);

    record Command(TenantName tenant, CustomerId customer) {}

    sealed interface Result {}

    record Found(CustomerSummary customer) implements Result {}

    /** No such customer in this tenant, including another tenant's customer. */
    record NotFound() implements Result {}
}
