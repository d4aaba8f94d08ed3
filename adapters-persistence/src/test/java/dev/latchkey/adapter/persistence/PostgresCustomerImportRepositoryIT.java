package dev.latchkey.adapter.persistence;

class PostgresCustomerImportRepositoryIT extends CustomerImportRepositoryContract {

    private final DatabaseSettings database = PostgresDatabases.fresh();

    @Override
    protected DatabaseSettings settings() {
        return database;
    }
}
