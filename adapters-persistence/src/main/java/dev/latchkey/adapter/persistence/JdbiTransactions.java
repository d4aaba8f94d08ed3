package dev.latchkey.adapter.persistence;

import dev.latchkey.application.port.out.Transactions;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * Transactions on JDBI: repositories called inside the work reuse the transaction's handle,
 * because JDBI keeps the open handle in a per-thread scope.
 */
final class JdbiTransactions implements Transactions {

    private final Jdbi jdbi;

    JdbiTransactions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return jdbi.inTransaction(handle -> work.get());
    }
}
