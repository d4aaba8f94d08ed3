package dev.latchkey.adapter.persistence;

class PostgresTenantAndCustomerRepositoryIT extends TenantAndCustomerRepositoryContract {

    private final DatabaseSettings database = PostgresDatabases.fresh();

    @Override
    protected DatabaseSettings settings() {
        return database;
    }
}
