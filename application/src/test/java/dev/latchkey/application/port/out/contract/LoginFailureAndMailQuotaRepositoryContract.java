package dev.latchkey.application.port.out.contract;

import static dev.latchkey.application.port.out.contract.TestData.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.application.port.out.LoginFailureRepository;
import dev.latchkey.application.port.out.LoginFailureRepository.Key;
import dev.latchkey.application.port.out.MailKind;
import dev.latchkey.application.port.out.MailQuota;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.policy.FailedLogins;
import dev.latchkey.domain.tenant.TenantName;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the login throttle and the mail quota need from the repositories. */
public abstract class LoginFailureAndMailQuotaRepositoryContract {

    protected static final TenantName DEMO = new TenantName("demo");
    private static final TenantName OTHER = new TenantName("other");
    protected static final EmailAddress ADA = new EmailAddress("ada@example.test");
    protected static final Duration HOUR = Duration.ofHours(1);
    /** How many mails of one kind {@link #quota} lets through to one address per {@link #HOUR}. */
    protected static final int QUOTA = 5;

    private RepositoryPorts ports;
    protected LoginFailureRepository failures;
    protected MailQuota quota;

    /** Fresh, empty ports for each test. */
    protected abstract RepositoryPorts openPorts();

    @BeforeEach
    void open() {
        ports = openPorts();
        failures = ports.loginFailures();
        quota = ports.mailQuota(QUOTA, HOUR);
    }

    @AfterEach
    void close() {
        ports.close();
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

        assertThat(failures.recordFailure(key, NOW.plus(HOUR), HOUR))
                .isEqualTo(new FailedLogins(1, NOW.plus(HOUR), NOW.plus(HOUR)));
    }

    @Test
    void accountsAddressesAndTenantsAreCountedApart() {
        failures.recordFailure(Key.account(DEMO, ADA), NOW, HOUR);
        failures.recordFailure(Key.account(DEMO, ADA), NOW, HOUR);
        failures.recordFailure(Key.account(OTHER, ADA), NOW, HOUR);
        failures.recordFailure(Key.address(DEMO, "203.0.113.7"), NOW, HOUR);

        assertThat(failures.find(Key.account(DEMO, ADA)))
                .hasValueSatisfying(found -> assertThat(found.count()).isEqualTo(2));
        assertThat(failures.find(Key.account(OTHER, ADA)))
                .hasValueSatisfying(found -> assertThat(found.count()).isEqualTo(1));
        assertThat(failures.find(Key.address(DEMO, "203.0.113.7")))
                .hasValueSatisfying(found -> assertThat(found.count()).isEqualTo(1));
        assertThat(failures.find(Key.account(DEMO, new EmailAddress("bob@example.test"))))
                .isEmpty();
    }

    @Test
    void clearingForgetsTheCountOfOneKeyOnly() {
        failures.recordFailure(Key.account(DEMO, ADA), NOW, HOUR);
        failures.recordFailure(Key.address(DEMO, "203.0.113.7"), NOW, HOUR);

        failures.clearAccount(DEMO, ADA);

        assertThat(failures.find(Key.account(DEMO, ADA))).isEmpty();
        assertThat(failures.find(Key.address(DEMO, "203.0.113.7"))).isPresent();
        assertThat(failures.recordFailure(Key.account(DEMO, ADA), NOW, HOUR).count())
                .isEqualTo(1);
    }

    @Test
    void theQuotaLetsLimitMailsThroughThenRefuses() {
        for (int i = 0; i < QUOTA; i++) {
            assertThat(quota.tryConsume(DEMO, ADA, MailKind.ACTIVATION, NOW.plusSeconds(i)))
                    .isTrue();
        }

        assertThat(quota.tryConsume(DEMO, ADA, MailKind.ACTIVATION, NOW.plusSeconds(QUOTA)))
                .isFalse();
        assertThat(quota.tryConsume(
                        DEMO, ADA, MailKind.ACTIVATION, NOW.plus(HOUR).minusSeconds(1)))
                .isFalse();
    }

    @Test
    void eachSlotComesBackAPeriodAfterItsMail() {
        for (int i = 0; i < QUOTA; i++) {
            quota.tryConsume(DEMO, ADA, MailKind.ACTIVATION, NOW.plus(Duration.ofMinutes(i)));
        }

        assertThat(quota.tryConsume(DEMO, ADA, MailKind.ACTIVATION, NOW.plus(HOUR)))
                .isTrue();
        assertThat(quota.tryConsume(DEMO, ADA, MailKind.ACTIVATION, NOW.plus(HOUR)))
                .isFalse();
        assertThat(quota.tryConsume(
                        DEMO, ADA, MailKind.ACTIVATION, NOW.plus(HOUR).plus(Duration.ofMinutes(1))))
                .isTrue();
    }

    @Test
    void kindsRecipientsAndTenantsHaveQuotasOfTheirOwn() {
        for (int i = 0; i < QUOTA; i++) {
            quota.tryConsume(DEMO, ADA, MailKind.ACTIVATION, NOW);
        }

        assertThat(quota.tryConsume(DEMO, ADA, MailKind.ACCOUNT_EXISTS, NOW)).isTrue();
        assertThat(quota.tryConsume(DEMO, ADA, new MailKind("password_reset"), NOW))
                .isTrue();
        assertThat(quota.tryConsume(DEMO, new EmailAddress("bob@example.test"), MailKind.ACTIVATION, NOW))
                .isTrue();
        assertThat(quota.tryConsume(OTHER, ADA, MailKind.ACTIVATION, NOW)).isTrue();
        assertThat(quota.tryConsume(DEMO, ADA, MailKind.ACTIVATION, NOW)).isFalse();
    }

    @Test
    void aRolledBackMailGivesItsSlotBack() {
        for (int i = 0; i < QUOTA - 1; i++) {
            quota.tryConsume(DEMO, ADA, MailKind.ACTIVATION, NOW);
        }

        assertThatThrownBy(() -> ports.transactions().run(() -> {
                    assertThat(quota.tryConsume(DEMO, ADA, MailKind.ACTIVATION, NOW))
                            .isTrue();
                    throw new IllegalStateException("the mail was not queued after all");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(quota.tryConsume(DEMO, ADA, MailKind.ACTIVATION, NOW)).isTrue();
        assertThat(quota.tryConsume(DEMO, ADA, MailKind.ACTIVATION, NOW)).isFalse();
    }
}
