package dev.latchkey.adapter.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.application.port.out.HashingOverloadedException;
import dev.latchkey.application.port.out.PasswordHasher;
import dev.latchkey.domain.credential.Password;
import dev.latchkey.domain.credential.PasswordHash;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BoundedPasswordHasherTest {

    private static final Password PASSWORD = new Password("correct horse battery");
    private static final PasswordHash HASH = new PasswordHash("gated:correct horse battery");

    private final GatedHasher gated = new GatedHasher();
    private final ExecutorService threads = Executors.newFixedThreadPool(12);

    @AfterEach
    void stopThreads() {
        gated.open();
        threads.shutdownNow();
    }

    @Test
    void neverComputesMoreHashesAtOnceThanItsSlots() throws Exception {
        BoundedPasswordHasher bounded =
                new BoundedPasswordHasher(gated, 2, Duration.ofSeconds(30), Duration.ofSeconds(1));
        List<Future<Boolean>> calls = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            boolean verify = i % 2 == 0;
            calls.add(threads.submit(() -> verify ? bounded.verify(PASSWORD, HASH) : bounded.hash(PASSWORD) != null));
        }

        gated.awaitRunning(2);
        assertThat(gated.running()).isEqualTo(2);
        gated.open();
        for (Future<Boolean> call : calls) {
            assertThat(call.get(30, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(gated.maxRunning()).isEqualTo(2);
        assertThat(gated.calls()).isEqualTo(12);
    }

    @Test
    void aCallerThatFindsNoFreeSlotInTimeIsToldToRetryLater() throws Exception {
        BoundedPasswordHasher bounded =
                new BoundedPasswordHasher(gated, 1, Duration.ofMillis(50), Duration.ofSeconds(3));
        Future<Boolean> holder = threads.submit(() -> bounded.verify(PASSWORD, HASH));
        gated.awaitRunning(1);

        assertThatThrownBy(() -> bounded.verify(PASSWORD, HASH))
                .isInstanceOfSatisfying(
                        HashingOverloadedException.class,
                        overloaded -> assertThat(overloaded.retryAfter()).isEqualTo(Duration.ofSeconds(3)));
        assertThatThrownBy(() -> bounded.hash(PASSWORD)).isInstanceOf(HashingOverloadedException.class);
        assertThat(bounded.needsRehash(HASH)).isFalse();

        gated.open();
        assertThat(holder.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(bounded.verify(PASSWORD, HASH)).isTrue();
        assertThat(gated.calls()).isEqualTo(2);
    }

    @Test
    void aFailingHashGivesItsSlotBack() {
        BoundedPasswordHasher bounded =
                new BoundedPasswordHasher(new FailingHasher(), 1, Duration.ofMillis(50), Duration.ofSeconds(1));

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> bounded.hash(PASSWORD)).isInstanceOf(IllegalStateException.class);
        }
    }

    /** Holds every hash until the test opens the gate, and records how many ran at once. */
    static final class GatedHasher implements PasswordHasher {

        private final CountDownLatch gate = new CountDownLatch(1);
        private final AtomicInteger running = new AtomicInteger();
        private final AtomicInteger maxRunning = new AtomicInteger();
        private final AtomicInteger calls = new AtomicInteger();

        @Override
        public PasswordHash hash(Password password) {
            pass();
            return new PasswordHash("gated:" + password.value());
        }

        @Override
        public boolean verify(Password password, PasswordHash hash) {
            pass();
            return hash.encoded().equals("gated:" + password.value());
        }

        @Override
        public boolean needsRehash(PasswordHash hash) {
            return false;
        }

        void open() {
            gate.countDown();
        }

        int running() {
            return running.get();
        }

        int maxRunning() {
            return maxRunning.get();
        }

        int calls() {
            return calls.get();
        }

        /** Waits (bounded) until {@code count} hashes are running. */
        void awaitRunning(int count) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (running.get() < count && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(running.get()).as("hashes running").isGreaterThanOrEqualTo(count);
        }

        private void pass() {
            calls.incrementAndGet();
            int now = running.incrementAndGet();
            maxRunning.accumulateAndGet(now, Math::max);
            try {
                if (!gate.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("The gate never opened");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } finally {
                running.decrementAndGet();
            }
        }
    }

    private static final class FailingHasher implements PasswordHasher {

        @Override
        public PasswordHash hash(Password password) {
            throw new IllegalStateException("broken");
        }

        @Override
        public boolean verify(Password password, PasswordHash hash) {
            throw new IllegalStateException("broken");
        }

        @Override
        public boolean needsRehash(PasswordHash hash) {
            return true;
        }
    }
}
