package dev.latchkey.adapter.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BackgroundWorkTest {

    @Test
    void workStartsNoSoonerThanTheStartDelayAfterItWasHandedOff() throws InterruptedException {
        try (BackgroundWork background = new BackgroundWork()) {
            CountDownLatch started = new CountDownLatch(1);
            long[] startedAt = new long[1];
            long handedOffAt = System.nanoTime();

            background.execute(() -> {
                startedAt[0] = System.nanoTime();
                started.countDown();
            });

            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(startedAt[0] - handedOffAt).isGreaterThanOrEqualTo(BackgroundWork.START_DELAY.toNanos());
        }
    }

    @Test
    void workPastTheCapacityIsRefusedAndTheWaitingWorkStillRuns() throws InterruptedException {
        List<Integer> done = new CopyOnWriteArrayList<>();
        BackgroundWork background = new BackgroundWork(2);

        background.execute(() -> done.add(1));
        background.execute(() -> done.add(2));
        assertThatThrownBy(() -> background.execute(() -> done.add(3))).isInstanceOf(RejectedExecutionException.class);
        background.close();

        assertThat(done).containsExactly(1, 2);
    }

    @Test
    void workHandedOffJustBeforeTheStopIsFinishedByIt() {
        List<String> done = new CopyOnWriteArrayList<>();
        BackgroundWork background = new BackgroundWork();

        background.execute(() -> done.add("mail"));
        background.close();

        assertThat(done).containsExactly("mail");
    }

    @Test
    void failingWorkDoesNotStopTheWorkAfterIt() {
        List<String> done = new CopyOnWriteArrayList<>();
        BackgroundWork background = new BackgroundWork();

        background.execute(() -> {
            throw new IllegalStateException("broken");
        });
        background.execute(() -> done.add("next"));
        background.close();

        assertThat(done).containsExactly("next");
    }
}
