package dev.latchkey.adapter.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HousekeepingTest {

    @Test
    void thePurgeRunsEveryTenMinutesOrAsOftenAsRecordsExpireWhenTheyAreKeptLess() {
        assertThat(Housekeeping.intervalFor(Duration.ofDays(1))).isEqualTo(Duration.ofMinutes(10));
        assertThat(Housekeeping.intervalFor(Duration.ofMinutes(10))).isEqualTo(Duration.ofMinutes(10));
        assertThat(Housekeeping.intervalFor(Duration.ofMinutes(3))).isEqualTo(Duration.ofMinutes(3));
    }
}
