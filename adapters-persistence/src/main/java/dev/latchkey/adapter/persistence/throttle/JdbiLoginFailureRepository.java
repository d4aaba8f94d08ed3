package dev.latchkey.adapter.persistence.throttle;

import static dev.latchkey.adapter.persistence.Columns.instant;
import static dev.latchkey.adapter.persistence.Columns.utc;

import dev.latchkey.adapter.persistence.Savepoints;
import dev.latchkey.application.port.out.LoginFailureRepository;
import dev.latchkey.domain.credential.TokenHash;
import dev.latchkey.domain.policy.FailedLogins;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Failed-login counts in the {@code login_failure} table. A failure is counted with one conditional
 * update (or, for the first one, an insert that loses gracefully to a concurrent one), so counts
 * from several nodes add up exactly.
 */
public final class JdbiLoginFailureRepository implements LoginFailureRepository {

    private static final int MAX_ATTEMPTS = 3;

    private final Jdbi jdbi;

    public JdbiLoginFailureRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<FailedLogins> find(Key key) {
        return jdbi.withHandle(handle -> find(handle, key));
    }

    @Override
    public FailedLogins recordFailure(Key key, Instant now, Duration window) {
        return jdbi.inTransaction(handle -> {
            for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
                int updated = handle.createUpdate("""
                                UPDATE login_failure SET
                                    failures = CASE WHEN window_start <= :staleBefore THEN 1 ELSE failures + 1 END,
                                    window_start = CASE WHEN window_start <= :staleBefore THEN :now ELSE window_start END,
                                    last_failure_at = :now
                                WHERE kind = :kind AND tenant = :tenant AND subject_hash = :subject""")
                        .bind("staleBefore", utc(now.minus(window)))
                        .bind("now", utc(now))
                        .bind("kind", key.kind().name())
                        .bind("tenant", key.tenant().value())
                        .bind("subject", subjectHash(key))
                        .execute();
                if (updated == 1 || insertFirst(handle, key, now)) {
                    return find(handle, key)
                            .orElseThrow(() -> new IllegalStateException("The failure just counted is gone"));
                }
            }
            throw new IllegalStateException("Could not count a failed login after " + MAX_ATTEMPTS + " attempts");
        });
    }

    @Override
    public void clear(Key key) {
        jdbi.useHandle(handle -> handle.createUpdate(
                        "DELETE FROM login_failure WHERE kind = :kind AND tenant = :tenant AND subject_hash = :subject")
                .bind("kind", key.kind().name())
                .bind("tenant", key.tenant().value())
                .bind("subject", subjectHash(key))
                .execute());
    }

    private static boolean insertFirst(Handle handle, Key key, Instant now) {
        return Savepoints.insertUnlessDuplicate(
                handle,
                h -> h.createUpdate("""
                        INSERT INTO login_failure (kind, tenant, subject_hash, failures, window_start, last_failure_at)
                        VALUES (:kind, :tenant, :subject, 1, :now, :now)""")
                        .bind("kind", key.kind().name())
                        .bind("tenant", key.tenant().value())
                        .bind("subject", subjectHash(key))
                        .bind("now", utc(now))
                        .execute());
    }

    private static Optional<FailedLogins> find(Handle handle, Key key) {
        return handle.createQuery("""
                        SELECT failures, window_start, last_failure_at FROM login_failure
                        WHERE kind = :kind AND tenant = :tenant AND subject_hash = :subject""")
                .bind("kind", key.kind().name())
                .bind("tenant", key.tenant().value())
                .bind("subject", subjectHash(key))
                .map((rs, ctx) -> new FailedLogins(
                        rs.getInt("failures"), instant(rs, "window_start"), instant(rs, "last_failure_at")))
                .findOne();
    }

    /** The email or client address is kept only as its SHA-256. */
    private static String subjectHash(Key key) {
        return TokenHash.of(key.subject()).hex();
    }
}
