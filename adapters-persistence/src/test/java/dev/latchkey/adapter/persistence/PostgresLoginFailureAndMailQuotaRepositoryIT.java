package dev.latchkey.adapter.persistence;

class PostgresLoginFailureAndMailQuotaRepositoryIT extends LoginFailureAndMailQuotaRepositoryContract {

    private final DatabaseSettings database = PostgresDatabases.fresh();

    @Override
    protected DatabaseSettings settings() {
        return database;
    }
}
