package dev.latchkey.application.fake;

import dev.latchkey.application.port.out.contract.RepositoryPorts;
import dev.latchkey.application.port.out.contract.TenantAndCustomerRepositoryContract;

/** The fakes of tenants, their clients and keys, and customers pass the same contract as the database. */
class InMemoryTenantAndCustomerRepositoryTest extends TenantAndCustomerRepositoryContract {

    @Override
    protected RepositoryPorts openPorts() {
        return new InMemoryRepositoryPorts();
    }
}
