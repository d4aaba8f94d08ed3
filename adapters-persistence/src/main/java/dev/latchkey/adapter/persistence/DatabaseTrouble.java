package dev.latchkey.adapter.persistence;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.List;

/**
 * Tells a failure of the database connection (unreachable, connection lost, no free connection in the
 * pool within its timeout) from any other failure: the first passes, so it is answered {@code 503}
 * with {@code Retry-After}, not {@code 500}.
 */
public final class DatabaseTrouble {

    /**
     * SQLSTATEs of a database that is gone or full for now: class 08 (connection exception),
     * 57P01 to 57P03 (shut down by its operator, crashed, not yet accepting connections), 53300 (too
     * many connections).
     */
    private static final List<String> PASSING_STATES = List.of("08", "57P01", "57P02", "57P03", "53300");

    private DatabaseTrouble() {}

    public static boolean caused(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && PASSING_STATES.stream().anyMatch(sql.getSQLState()::startsWith)) {
                return true;
            }
        }
        return false;
    }
}
