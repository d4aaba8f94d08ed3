import java.sql.Connection;
import java.sql.Statement;

/**
 * A real PostgreSQL for bench/import (the one the PostgreSQL tests use): starts it, creates the
 * database "latchkey", prints its JDBC URL and runs until standard input closes. Part of the
 * benchmark, not of the product. Run with the persistence module's test class path.
 */
public final class EmbeddedPostgres {

    public static void main(String[] args) throws Exception {
        try (var postgres = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start()) {
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE latchkey");
            }
            System.out.println(postgres.getJdbcUrl("postgres", "latchkey"));
            System.out.flush();
            while (System.in.read() >= 0) {
                // runs until standard input closes
            }
        }
    }
}
