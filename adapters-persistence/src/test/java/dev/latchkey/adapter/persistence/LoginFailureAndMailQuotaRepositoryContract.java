package dev.latchkey.adapter.persistence;

import static dev.latchkey.adapter.persistence.TestData.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.application.port.out.LoginFailureRepository;
import dev.latchkey.application.port.out.LoginFailureRepository.Key;
import dev.latchkey.application.port.out.MailKind;
import dev.latchkey.application.port.out.MailQuota;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.policy.FailedLogins;
import dev.latchkey.domain.tenant.TenantName;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

abstract class LoginFailureAndMailQuotaRepositoryContract {

    private static final TenantName DEMO = new TenantName("demo");
    private static final TenantName OTHER = new TenantName("other");
    private static final EmailAddress ADA = new EmailAddress("ada@example.test");
    private static final Duration HOUR = Duration.ofHours(1);
    private static final int QUOTA = 5;

    private Persistence persistence;
    private LoginFailureRepository failures;
    private MailQuota quota;

    /** The database to run against: a fresh, empty one for each test. */
    protected abstract DatabaseSettings settings();

    @BeforeEach
    void open() {
        persistence = Persistence.open(settings());
        failures = persistence.loginFailures();
        quota = persistence.mailQuota(QUOTA, HOUR);
    }

    @AfterEach
    void close() {
        persistence.close();
    }

    @Test
    void aFirstFailureStartsAWindow() {
        Key key = Key.account(DEMO, ADA);

        assertThat(failures.find(key)).isEmpty();
        assertThat(failures.recordFailure(key, NOW, HOUR)).isEqualTo(new FailedLogins(1, NOW, NOW));
        assertThat(failures.find(key)).contains(new FailedLogins(1, NOW, NOW));
    }

    @Test
    void failuresAddUpWithinTheWindow() {
        Key key = Key.account(DEMO, ADA);
        failures.recordFailure(key, NOW, HOUR);
        failures.recordFailure(key, NOW.plusSeconds(10), HOUR);

        FailedLogins third = failures.recordFailure(key, NOW.plusSeconds(20), HOUR);

        assertThat(third).isEqualTo(new FailedLogins(3, NOW, NOW.plusSeconds(20)));
    }

    @Test
    void aFailureAfterTheWindowStartsANewOne() {
        Key key = Key.address(DEMO, "203.0.113.7");
        failures.recordFailure(key, NOW, HOUR);
        failures.recordFailure(key, NOW.plusSeconds(10), HOUR);

        assertThat(failures.recordFailure(key, NOW.plus(HOUR), HOUR)).isEqualTo(new FailedLogins(1, NOW.plus(HOUR), NOW.plus(HOUR)));
    }

    @Test
    void accountsAddressesAndTenantsAreCountedApart() {
        failures.recordFailure(Key.account(DEMO, ADA), NOW, HOUR);
        failures.recordFailure(Key.account(DEMO, ADA), NOW, HOUR);
        failures.recordFailure(Key.account(OTHER, ADA), NOW, HOUR);
        failures.recordFailure(Key.address(DEMO, "203.0.113.7"), NOW, HOUR);

        assertThat(failures.find(Key.account(DEMO, ADA))).hasValueSatisfying(found -> assertThat(found.count()).isEqualTo(2));
        assertThat(failures.find(Key.account(OTHER, ADA))).hasValueSatisfying(found -> assertThat(found.count()).isEqualTo(1));
        assertThat(failures.find(Key.address(DEMO, "203.0.113.7"))).hasValueSatisfying(found -> assertThat(found.count()).isEqualTo(1));
        assertThat(failures.find(Key.account(DEMO, new EmailAddress("bob@example.test")))).isEmpty();
    }

    @Test
    void clearingForgetsTheCountOfOneKeyOnly() {
        failures.recordFailure(Key.account(DEMO, ADA), NOW, HOUR);
        failures.recordFailure(Key.address(DEMO, "203.0.113.7"), NOW, HOUR);

        failures.clearAccount(DEMO, ADA);

        assertThat(failures.find(Key.account(DEMO, ADA))).isEmpty();
        assertThat(failures.find(Key.address(DEMO, "203.0.113.7"))).isPresent();
        assertThat(failures.recordFailure(Key.account(DEMO, ADA), NOW, HOUR).count()).isEqualTo(1);
    }

    @Test
    void concurrentFailuresAllCount() throws Exception {
        Key key = Key.account(DEMO, ADA);
        List<Callable<Boolean>> work = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            work.add(() -> failures.recordFailure(key, NOW, HOUR).count() > 0);
        }

        assertThat(runConcurrently(work)).containsOnly(true);

        assertThat(failures.find(key)).hasValueSatisfying(found -> assertThat(found.count()).isEqualTo(40));
    }

    @Test
    void emailsAndAddressesAreNotKeptInClear() throws SQLException {
        failures.recordFailure(Key.account(DEMO, ADA), NOW, HOUR);
        failures.recordFailure(Key.address(DEMO, "203.0.113.7"), NOW, HOUR);
        quota.tryConsume(DEMO, ADA, MailKind.ACTIVATION, NOW);

        assertThat(column("SELECT subject_hash FROM login_failure")).hasSize(2)
                .allSatisfy(value -> assertThat(value).matches("[0-9a-f]{64}"));
        assertThat(column("SELECT recipient_hash FROM mail_quota")).singleElement()
                .satisfies(value -> assertThat(value).matches("[0-9a-f]{64}"));
    }

    @Test
    void theQuotaLetsLimitMailsThroughThenRefuses() {
        for (int i = 0; i < QUOTA; i++) {
            assertThat(quota.tryConsume(DEMO, ADA, MailKind.ACTIVATION, NOW.plusSeconds(i))).isTrue();
        }

        assertThat(quota.tryConsume(DEMO, ADA, MailKind.ACTIVATION, NOW.plusSeconds(QUOTA))).isFalse();
        assertThat(quota.tryConsume(DEMO, ADA, MailKind.ACTIVATION, NOW.plus(HOUR).minusSeconds(1))).isFalse();
    }

    @Test
    void eachSlotComesBackAPeriodAfterItsMail() {
        for (int i = 0; i < QUOTA; i++) {
            quota.tryConsume(DEMO, ADA, MailKind.ACTIVATION, NOW.plus(Duration.ofMinutes(i)));
        }

        assertThat(quota.tryConsume(DEMO, ADA, MailKind.ACTIVATION, NOW.plus(HOUR))).isTrue();
        assertThat(quota.tryConsume(DEMO, ADA, MailKind.ACTIVATION, NOW.plus(HOUR))).isFalse();
        assertThat(quota.tryConsume(DEMO, ADA, MailKind.ACTIVATION, NOW.plus(HOUR).plus(Duration.ofMinutes(1)))).isTrue();
    }

    @Test
    void kindsRecipientsAndTenantsHaveQuotasOfTheirOwn() {
        for (int i = 0; i < QUOTA; i++) {
            quota.tryConsume(DEMO, ADA, MailKind.ACTIVATION, NOW);
        }

        assertThat(quota.tryConsume(DEMO, ADA, MailKind.ACCOUNT_EXISTS, NOW)).isTrue();
        assertThat(quota.tryConsume(DEMO, ADA, new MailKind("password_reset"), NOW)).isTrue();
        assertThat(quota.tryConsume(DEMO, new EmailAddress("bob@example.test"), MailKind.ACTIVATION, NOW)).isTrue();
        assertThat(quota.tryConsume(OTHER, ADA, MailKind.ACTIVATION, NOW)).isTrue();
        assertThat(quota.tryConsume(DEMO, ADA, MailKind.ACTIVATION, NOW)).isFalse();
    }

    @Test
    void aRolledBackMailGivesItsSlotBack() {
        for (int i = 0; i < QUOTA - 1; i++) {
            quota.tryConsume(DEMO, ADA, MailKind.ACTIVATION, NOW);
        }

        assertThatThrownBy(() -> persistence.transactions().run(() -> {
            assertThat(quota.tryConsume(DEMO, ADA, MailKind.ACTIVATION, NOW)).isTrue();
            throw new IllegalStateException("the mail was not queued after all");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(quota.tryConsume(DEMO, ADA, MailKind.ACTIVATION, NOW)).isTrue();
        assertThat(quota.tryConsume(DEMO, ADA, MailKind.ACTIVATION, NOW)).isFalse();
    }

    @Test
    void concurrentMailsNeverExceedTheQuota() throws Exception {
        List<Callable<Boolean>> work = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            work.add(() -> quota.tryConsume(DEMO, ADA, MailKind.ACTIVATION, NOW));
        }

        long granted = runConcurrently(work).stream().filter(Boolean::booleanValue).count();
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
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
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
