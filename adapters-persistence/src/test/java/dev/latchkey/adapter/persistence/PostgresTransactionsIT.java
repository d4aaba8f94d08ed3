package dev.latchkey.adapter.persistence;

class PostgresTransactionsIT extends TransactionsContract {

    private final DatabaseSettings database = PostgresDatabases.fresh();

    @Override
    protected DatabaseSettings settings() {
        return database;
    }
}
