package dev.latchkey.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits, bounded, for what a request leaves to a moment after its answer: a signup's account and its
 * activation mail, a failed login's security event.
 */
final class Eventually {

    private static final long WAIT_MILLIS = 10_000;

    private Eventually() {}

    /** What {@code read} gives once {@code done} holds for it; fails naming {@code what} after 10 s. */
    static <T> T until(String what, Supplier<T> read, Predicate<T> done) {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        T value = read.get();
        while (!done.test(value)) {
            assertThat(System.currentTimeMillis()).as("%s within 10 s", what).isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            value = read.get();
        }
        return value;
    }
}
