package dev.latchkey.application.service.customer;

import dev.latchkey.application.port.in.customer.ExportCustomersUseCase;
import dev.latchkey.application.port.out.CustomerImport;
import dev.latchkey.application.port.out.TenantRepository;
import dev.latchkey.domain.tenant.TenantName;
import java.util.function.Consumer;

/** Exports a tenant's customers with profile and addresses, in the form the import reads. */
public final class ExportCustomersService implements ExportCustomersUseCase {

    private final TenantRepository tenants;
    private final CustomerImport customers;

    public ExportCustomersService(TenantRepository tenants, CustomerImport customers) {
        this.tenants = tenants;
        this.customers = customers;
    }

    @Override
    public boolean export(TenantName tenant, Consumer<ExportedCustomer> sink) {
        if (tenants.find(tenant).isEmpty()) {
            return false;
        }
        customers.forEach(
                tenant,
                account ->
                        sink.accept(new ExportedCustomer(account.customer(), account.profile(), account.addresses())));
        return true;
    }
}
