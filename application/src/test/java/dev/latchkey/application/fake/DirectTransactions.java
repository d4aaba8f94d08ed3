package dev.latchkey.application.fake;

import dev.latchkey.application.port.out.Transactions;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs the work at once, without a database; counts how often it was asked to, and knows when it is inside one.
 * When the outermost transaction fails, the fakes it was given get their data back as it was when it began.
 */
public final class DirectTransactions implements Transactions {

    private final List<Transactional> fakes;
    private int count;
    private int depth;

    /** Transactions that put nothing back, for a test that builds its fakes itself. */
    public DirectTransactions() {
        this(List.of());
    }

    DirectTransactions(List<Transactional> fakes) {
        this.fakes = List.copyOf(fakes);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        count++;
        List<Runnable> rollback =
                depth == 0 ? fakes.stream().map(Transactional::snapshot).toList() : List.of();
        depth++;
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            rollback.forEach(Runnable::run);
            throw e;
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
