package dev.latchkey.application.fake;

import dev.latchkey.application.port.out.contract.RepositoryPorts;
import dev.latchkey.application.port.out.contract.TransactionsContract;

/** The fake transactions pass the same contract as the database's. */
class InMemoryTransactionsTest extends TransactionsContract {

    @Override
    protected RepositoryPorts openPorts() {
        return new InMemoryRepositoryPorts();
    }
}
