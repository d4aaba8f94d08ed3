package dev.latchkey.adapter.persistence;

class PostgresAccountRepositoryIT extends AccountRepositoryContract {

    private final DatabaseSettings database = PostgresDatabases.fresh();

    @Override
    protected DatabaseSettings settings() {
        return database;
    }
}
