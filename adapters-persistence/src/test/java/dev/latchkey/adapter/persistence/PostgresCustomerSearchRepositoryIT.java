package dev.latchkey.adapter.persistence;

class PostgresCustomerSearchRepositoryIT extends CustomerSearchRepositoryContract {

    private final DatabaseSettings database = PostgresDatabases.fresh();

    @Override
    protected DatabaseSettings settings() {
        return database;
    }
}
