package dev.latchkey.adapter.persistence;

class PostgresLoginFailureAndMailQuotaRepositoryIT extends LoginFailureAndMailQuotaDatabaseContract {

    private final DatabaseSettings database = PostgresDatabases.fresh();

    @Override
    protected DatabaseSettings settings() {
        return database;
    }
}
