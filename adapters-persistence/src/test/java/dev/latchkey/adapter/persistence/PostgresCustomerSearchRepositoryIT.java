package dev.latchkey.adapter.persistence;

import dev.latchkey.application.port.out.contract.CustomerSearchRepositoryContract;
import dev.latchkey.application.port.out.contract.RepositoryPorts;

class PostgresCustomerSearchRepositoryIT extends CustomerSearchRepositoryContract {

    private final DatabaseSettings database = PostgresDatabases.fresh();

    @Override
    protected RepositoryPorts openPorts() {
        return PersistencePorts.open(database);
    }
}
