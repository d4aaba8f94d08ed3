package dev.latchkey.adapter.persistence;

import static dev.latchkey.application.port.out.contract.TestData.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.port.out.LoginFailureRepository.Key;
import dev.latchkey.application.port.out.MailKind;
import dev.latchkey.application.port.out.contract.LoginFailureAndMailQuotaRepositoryContract;
import dev.latchkey.application.port.out.contract.RepositoryPorts;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The login-failure and mail-quota contract, and what only a database has: many connections, hashed columns. */
abstract class LoginFailureAndMailQuotaDatabaseContract extends LoginFailureAndMailQuotaRepositoryContract {

    /** The database to run against: a fresh, empty one for each test. */
    protected abstract DatabaseSettings settings();

    @Override
    protected final RepositoryPorts openPorts() {
        return PersistencePorts.open(settings());
    }

    @Test
    void concurrentFailuresAllCount() throws Exception {
        Key key = Key.account(DEMO, ADA);
        List<Callable<Boolean>> work = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            work.add(() -> failures.recordFailure(key, NOW, HOUR).count() > 0);
        }

        assertThat(runConcurrently(work)).containsOnly(true);

        assertThat(failures.find(key))
                .hasValueSatisfying(found -> assertThat(found.count()).isEqualTo(40));
    }

    @Test
    void emailsAndAddressesAreNotKeptInClear() throws SQLException {
        failures.recordFailure(Key.account(DEMO, ADA), NOW, HOUR);
        failures.recordFailure(Key.address(DEMO, "203.0.113.7"), NOW, HOUR);
        quota.tryConsume(DEMO, ADA, MailKind.ACTIVATION, NOW);

        assertThat(column("SELECT subject_hash FROM login_failure"))
                .hasSize(2)
                .allSatisfy(value -> assertThat(value).matches("[0-9a-f]{64}"));
        assertThat(column("SELECT recipient_hash FROM mail_quota"))
                .singleElement()
                .satisfies(value -> assertThat(value).matches("[0-9a-f]{64}"));
    }

    @Test
    void concurrentMailsNeverExceedTheQuota() throws Exception {
        List<Callable<Boolean>> work = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            work.add(() -> quota.tryConsume(DEMO, ADA, MailKind.ACTIVATION, NOW));
        }

        long granted =
                runConcurrently(work).stream().filter(Boolean::booleanValue).count();
        while (quota.tryConsume(DEMO, ADA, MailKind.ACTIVATION, NOW)) {
            granted++;
        }

        assertThat(granted).isEqualTo(QUOTA);
    }

    private static List<Boolean> runConcurrently(List<Callable<Boolean>> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Boolean> answers = new ArrayList<>();
            for (Future<Boolean> answer : pool.invokeAll(work, 60, TimeUnit.SECONDS)) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private List<String> column(String sql) throws SQLException {
        DatabaseSettings settings = settings();
        try (Connection connection =
                        DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
