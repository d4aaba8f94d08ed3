package dev.latchkey.application.fake;

import dev.latchkey.application.port.out.Transactions;
import java.util.function.Supplier;

/** Runs the work at once, without a database; counts how often it was asked to. */
public final class DirectTransactions implements Transactions {

    private int count;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        count++;
        return work.get();
    }

    public int count() {
        return count;
    }
}
