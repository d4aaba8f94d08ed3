package dev.latchkey.adapter.persistence;

class PostgresTenantAndCustomerRepositoryIT extends TenantAndCustomerDatabaseContract {

    private final DatabaseSettings database = PostgresDatabases.fresh();

    @Override
    protected DatabaseSettings settings() {
        return database;
    }
}
