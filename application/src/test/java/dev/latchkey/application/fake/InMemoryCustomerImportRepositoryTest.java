package dev.latchkey.application.fake;

import dev.latchkey.application.port.out.contract.CustomerImportRepositoryContract;
import dev.latchkey.application.port.out.contract.RepositoryPorts;

/** The fakes of bulk import and export pass the same contract as the database. */
class InMemoryCustomerImportRepositoryTest extends CustomerImportRepositoryContract {

    @Override
    protected RepositoryPorts openPorts() {
        return new InMemoryRepositoryPorts();
    }
}
