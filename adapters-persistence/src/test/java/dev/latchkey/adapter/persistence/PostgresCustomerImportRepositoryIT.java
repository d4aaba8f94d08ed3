package dev.latchkey.adapter.persistence;

import dev.latchkey.application.port.out.contract.CustomerImportRepositoryContract;
import dev.latchkey.application.port.out.contract.RepositoryPorts;

class PostgresCustomerImportRepositoryIT extends CustomerImportRepositoryContract {

    private final DatabaseSettings database = PostgresDatabases.fresh();

    @Override
    protected RepositoryPorts openPorts() {
        return PersistencePorts.open(database);
    }
}
