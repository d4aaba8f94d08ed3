package dev.latchkey.adapter.persistence;

class PostgresTokenAndOutboxRepositoryIT extends TokenAndOutboxDatabaseContract {

    private final DatabaseSettings database = PostgresDatabases.fresh();

    @Override
    protected DatabaseSettings settings() {
        return database;
    }
}
