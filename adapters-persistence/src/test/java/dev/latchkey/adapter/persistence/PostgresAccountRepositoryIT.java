package dev.latchkey.adapter.persistence;

import dev.latchkey.application.port.out.contract.AccountRepositoryContract;
import dev.latchkey.application.port.out.contract.RepositoryPorts;

class PostgresAccountRepositoryIT extends AccountRepositoryContract {

    private final DatabaseSettings database = PostgresDatabases.fresh();

    @Override
    protected RepositoryPorts openPorts() {
        return PersistencePorts.open(database);
    }
}
