package dev.latchkey.application.fake;

import dev.latchkey.application.port.out.contract.CustomerSearchRepositoryContract;
import dev.latchkey.application.port.out.contract.RepositoryPorts;

/** The fakes of the customer search pass the same contract as the database. */
class InMemoryCustomerSearchRepositoryTest extends CustomerSearchRepositoryContract {

    @Override
    protected RepositoryPorts openPorts() {
        return new InMemoryRepositoryPorts();
    }
}
