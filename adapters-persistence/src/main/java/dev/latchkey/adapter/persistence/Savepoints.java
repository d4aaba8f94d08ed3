package dev.latchkey.adapter.persistence;

import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;

/**
 * Runs an insert that may hit a unique key. Inside a transaction it runs under a savepoint, so a
 * violation leaves the transaction usable (PostgreSQL aborts the whole transaction otherwise).
 */
public final class Savepoints {

    private static final String NAME = "before_unique_insert";

    private Savepoints() {}

    /** @return false when the insert hit a unique key */
    public static boolean insertUnlessDuplicate(Handle handle, Consumer<Handle> insert) {
        boolean guarded = handle.isInTransaction();
        if (guarded) {
            handle.savepoint(NAME);
        }
        try {
            insert.accept(handle);
            if (guarded) {
                handle.releaseSavepoint(NAME);
            }
            return true;
        } catch (RuntimeException e) {
            if (!UniqueViolation.isCauseOf(e)) {
                throw e;
            }
            if (guarded) {
                handle.rollbackToSavepoint(NAME);
            }
            return false;
        }
    }
}
