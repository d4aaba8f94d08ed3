package dev.latchkey.adapter.persistence;

import java.sql.SQLException;

/** Recognises a unique-key violation (SQLSTATE 23505 on H2 and PostgreSQL) so it becomes an outcome, not an error. */
public final class UniqueViolation {

    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueViolation() {}

    public static boolean isCauseOf(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
