package dev.latchkey.adapter.persistence;

class PostgresProfileAndAddressRepositoryIT extends ProfileAndAddressDatabaseContract {

    private final DatabaseSettings database = PostgresDatabases.fresh();

    @Override
    protected DatabaseSettings settings() {
        return database;
    }
}
