package dev.latchkey.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseTroubleTest {

    @Test
    void aPoolWithoutAFreeConnectionOrALostConnectionIsTrouble() {
        assertThat(DatabaseTrouble.caused(new IllegalStateException(
                        "wrapped",
                        new SQLTransientConnectionException(
                                "latchkey-db - Connection is not available, request timed out"))))
                .isTrue();
        assertThat(DatabaseTrouble.caused(new RuntimeException(new SQLException("An I/O error occurred", "08006"))))
                .isTrue();
        assertThat(DatabaseTrouble.caused(new SQLException("Connection refused", "08001")))
                .isTrue();
        assertThat(DatabaseTrouble.caused(
                        new SQLException("terminating connection due to administrator command", "57P01")))
                .isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(DatabaseTrouble.caused(
                        new RuntimeException(new SQLIntegrityConstraintViolationException("dup", "23505"))))
                .isFalse();
        assertThat(DatabaseTrouble.caused(new SQLException("syntax", "42601"))).isFalse();
        assertThat(DatabaseTrouble.caused(new SQLException("no state"))).isFalse();
        assertThat(DatabaseTrouble.caused(new IllegalStateException("bug"))).isFalse();
    }
}
