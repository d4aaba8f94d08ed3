package dev.latchkey.adapter.persistence;

import java.util.Objects;

/** How to reach the database: a JDBC URL with its credentials, and the pool size. */
public record DatabaseSettings(String jdbcUrl, String user, String password, int poolSize) {

    public DatabaseSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        user = user == null ? "" : user;
        password = password == null ? "" : password;
        if (poolSize < 1) {
            throw new IllegalArgumentException("The pool needs at least one connection");
        }
    }

    @Override
    public String toString() {
        return "DatabaseSettings[jdbcUrl=" + jdbcUrl + ", user=" + user + ", poolSize=" + poolSize + "]";
    }
}
