package dev.latchkey.adapter.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Converts between instants and {@code TIMESTAMP WITH TIME ZONE} columns the same way on H2 and PostgreSQL. */
public final class Columns {

    private Columns() {}

    /**
     * The instant as a UTC timestamp, truncated to the microseconds both databases keep: left to them,
     * they would round, and a rounded-up time would lie in the future of the instant it was made from.
     */
    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        if (value == null) {
            throw new IllegalStateException("Column " + column + " is unexpectedly null");
        }
        return value.toInstant();
    }

    public static Optional<Instant> optionalInstant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }
}
