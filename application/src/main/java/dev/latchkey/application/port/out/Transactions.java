package dev.latchkey.application.port.out;

import java.util.function.Supplier;

/** Runs work in one database transaction: all of its writes land together or none does. */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
