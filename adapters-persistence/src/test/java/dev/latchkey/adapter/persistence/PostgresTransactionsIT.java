package dev.latchkey.adapter.persistence;

import dev.latchkey.application.port.out.contract.RepositoryPorts;
import dev.latchkey.application.port.out.contract.TransactionsContract;

class PostgresTransactionsIT extends TransactionsContract {

    private final DatabaseSettings database = PostgresDatabases.fresh();

    @Override
    protected RepositoryPorts openPorts() {
        return PersistencePorts.open(database);
    }
}
