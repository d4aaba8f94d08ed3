package dev.latchkey.application.fake;

import dev.latchkey.application.port.out.contract.AccountRepositoryContract;
import dev.latchkey.application.port.out.contract.RepositoryPorts;

/** The fakes of the account flows pass the same contract as the database. */
class InMemoryAccountRepositoryTest extends AccountRepositoryContract {

    @Override
    protected RepositoryPorts openPorts() {
        return new InMemoryRepositoryPorts();
    }
}
