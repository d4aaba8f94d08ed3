package dev.latchkey.adapter.persistence;

class PostgresExpiredRecordsIT extends ExpiredRecordsContract {

    private final DatabaseSettings database = PostgresDatabases.fresh();

    @Override
    protected DatabaseSettings settings() {
        return database;
    }
}
