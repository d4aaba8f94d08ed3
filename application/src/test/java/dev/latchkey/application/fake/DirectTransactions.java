package dev.latchkey.application.fake;

import dev.latchkey.application.port.out.Transactions;
import java.util.function.Supplier;

/** Runs the work at once, without a database; counts how often it was asked to, and knows when it is inside one. */
public final class DirectTransactions implements Transactions {

    private int count;
    private int depth;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        count++;
        depth++;
        try {
            return work.get();
        } finally {
            depth--;
        }
    }

    /** True while work runs inside a transaction. */
    public boolean isOpen() {
        return depth > 0;
    }

    public int count() {
        return count;
    }
}
