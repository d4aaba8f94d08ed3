package dev.latchkey.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottlePolicyTest {

    private static final Instant NOW = Instant.parse("2030-01-15T10:00:00Z");

    private final LoginThrottlePolicy policy = new LoginThrottlePolicy(5, 100);

    @Test
    void belowTheLimitAnAccountNeverWaits() {
        assertThat(policy.accountWait(failures(4, NOW, NOW), NOW)).isZero();
        assertThat(policy.delayAfter(0)).isZero();
        assertThat(policy.delayAfter(4)).isZero();
    }

    @Test
    void atTheLimitAnAccountWaitsTheBaseDelayAfterItsNewestFailure() {
        assertThat(policy.accountWait(failures(5, NOW, NOW), NOW)).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.accountWait(failures(5, NOW, NOW), NOW.plusSeconds(45)))
                .isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void theDelayDoublesWithEachFurtherFailure() {
        assertThat(policy.delayAfter(5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.delayAfter(6)).isEqualTo(Duration.ofMinutes(2));
        assertThat(policy.delayAfter(7)).isEqualTo(Duration.ofMinutes(4));
        assertThat(policy.delayAfter(8)).isEqualTo(Duration.ofMinutes(8));
    }

    @Test
    void theDelayIsCappedSoThereIsNoPermanentLockout() {
        assertThat(policy.delayAfter(9)).isEqualTo(Duration.ofMinutes(15));
        assertThat(policy.delayAfter(10)).isEqualTo(Duration.ofMinutes(15));
        assertThat(policy.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(15));
        assertThat(policy.accountWait(failures(1_000, NOW, NOW), NOW.plus(Duration.ofMinutes(15))))
                .isZero();
    }

    @Test
    void onceTheDelayHasPassedTheAccountMayTryAgain() {
        assertThat(policy.accountWait(failures(6, NOW, NOW), NOW.plus(Duration.ofMinutes(2))))
                .isZero();
        assertThat(policy.accountWait(
                        failures(6, NOW, NOW), NOW.plus(Duration.ofMinutes(2)).minusMillis(1)))
                .isEqualTo(Duration.ofMillis(1));
    }

    @Test
    void anAccountsFailuresAreForgottenWhenItsWindowEnds() {
        Instant windowStart = NOW.minus(LoginThrottlePolicy.ACCOUNT_WINDOW);
        assertThat(policy.accountWait(failures(50, windowStart, NOW.minusSeconds(1)), NOW))
                .isZero();
        assertThat(policy.accountWait(failures(50, windowStart.plusSeconds(1), NOW.minusSeconds(1)), NOW))
                .isPositive();
    }

    @Test
    void noFailuresCountedMeansNoWait() {
        assertThat(policy.accountWait(failures(0, NOW, NOW), NOW)).isZero();
        assertThat(policy.addressWait(failures(0, NOW, NOW), NOW)).isZero();
    }

    @Test
    void anAddressAtItsLimitWaitsUntilItsHourEnds() {
        Instant windowStart = NOW.minus(Duration.ofMinutes(20));
        assertThat(policy.addressWait(failures(99, windowStart, NOW), NOW)).isZero();
        assertThat(policy.addressWait(failures(100, windowStart, NOW), NOW)).isEqualTo(Duration.ofMinutes(40));
        assertThat(policy.addressWait(failures(100, windowStart, NOW), windowStart.plus(Duration.ofHours(1))))
                .isZero();
    }

    @Test
    void theLimitsComeFromConfiguration() {
        LoginThrottlePolicy strict = new LoginThrottlePolicy(2, 3);
        assertThat(strict.delayAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(strict.delayAfter(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(strict.addressWait(failures(3, NOW, NOW), NOW)).isEqualTo(Duration.ofHours(1));
        assertThatThrownBy(() -> new LoginThrottlePolicy(0, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    private static FailedLogins failures(int count, Instant windowStart, Instant lastFailureAt) {
        return new FailedLogins(count, windowStart, lastFailureAt);
    }
}
