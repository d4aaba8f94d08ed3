package dev.latchkey.adapter.persistence;

class PostgresProfileAndAddressRepositoryIT extends ProfileAndAddressRepositoryContract {

    private final DatabaseSettings database = PostgresDatabases.fresh();

    @Override
    protected DatabaseSettings settings() {
        return database;
    }
}
