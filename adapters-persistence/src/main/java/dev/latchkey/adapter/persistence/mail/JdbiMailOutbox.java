package dev.latchkey.adapter.persistence.mail;

import static dev.latchkey.adapter.persistence.Columns.instant;
import static dev.latchkey.adapter.persistence.Columns.utc;

import dev.latchkey.application.port.out.ComposedMail;
import dev.latchkey.application.port.out.FailedMail;
import dev.latchkey.application.port.out.MailOutbox;
import dev.latchkey.application.port.out.QueuedMail;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.tenant.TenantName;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The outbox in the {@code mail_outbox} table. Workers on several nodes claim due rows in one short
 * transaction: {@code SELECT ... FOR UPDATE SKIP LOCKED} hands concurrent workers different rows
 * instead of making them wait for or race over the same ones, and each row is then claimed with a
 * conditional update that only one worker can win, so each mail is handed to exactly one of them.
 * An outcome (sent, retry, failed) changes only a mail that is still pending, so a worker whose
 * claim ran out cannot undo what another one recorded.
 */
public final class JdbiMailOutbox implements MailOutbox {

    private static final String COLUMNS =
            "id, tenant, recipient, subject, text_body, html_body, status, attempts, created_at";

    private final Jdbi jdbi;

    public JdbiMailOutbox(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void enqueue(ComposedMail mail, Instant now) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO mail_outbox (id, tenant, recipient, subject, text_body, html_body, status, attempts,
                                                 next_attempt_at, created_at)
                        VALUES (:id, :tenant, :recipient, :subject, :text, :html, 'PENDING', 0, :now, :now)""")
                .bind("id", UUID.randomUUID().toString())
                .bind("tenant", mail.tenant().value())
                .bind("recipient", mail.recipient().value())
                .bind("subject", mail.subject())
                .bind("text", mail.textBody())
                .bind("html", mail.htmlBody())
                .bind("now", utc(now))
                .execute());
    }

    @Override
    public List<QueuedMail> claimDue(Instant now, int limit, Instant claimedUntil) {
        return jdbi.inTransaction(handle -> {
            List<String> candidates = handle.createQuery("""
                            SELECT id FROM mail_outbox
                            WHERE status = 'PENDING' AND next_attempt_at <= :now
                              AND (claimed_until IS NULL OR claimed_until < :now)
                            ORDER BY next_attempt_at
                            FETCH FIRST :limit ROWS ONLY
                            FOR UPDATE SKIP LOCKED""")
                    .bind("now", utc(now))
                    .bind("limit", limit)
                    .mapTo(String.class)
                    .list();
            List<QueuedMail> claimed = new ArrayList<>();
            for (String id : candidates) {
                boolean mine = handle.createUpdate("""
                                UPDATE mail_outbox SET claimed_until = :until
                                WHERE id = :id AND status = 'PENDING' AND (claimed_until IS NULL OR claimed_until < :now)""")
                                .bind("until", utc(claimedUntil))
                                .bind("id", id)
                                .bind("now", utc(now))
                                .execute()
                        == 1;
                if (mine) {
                    claimed.add(load(handle, id));
                }
            }
            return claimed;
        });
    }

    @Override
    public void markSent(String id, Instant when) {
        jdbi.useHandle(handle ->
                handle.createUpdate("""
                        UPDATE mail_outbox SET status = 'SENT', sent_at = :when, claimed_until = NULL
                        WHERE id = :id AND status = 'PENDING'""").bind("when", utc(when)).bind("id", id).execute());
    }

    @Override
    public void retryLater(String id, int attempts, Instant nextAttempt, String error) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        UPDATE mail_outbox SET attempts = :attempts, next_attempt_at = :next, last_error = :error,
                                               claimed_until = NULL
                        WHERE id = :id AND status = 'PENDING'""")
                .bind("attempts", attempts)
                .bind("next", utc(nextAttempt))
                .bind("error", error)
                .bind("id", id)
                .execute());
    }

    @Override
    public void markFailed(String id, int attempts, String error) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        UPDATE mail_outbox SET status = 'FAILED', attempts = :attempts, last_error = :error, claimed_until = NULL,
                            text_body = '', html_body = ''
                        WHERE id = :id AND status = 'PENDING'""")
                .bind("attempts", attempts)
                .bind("error", error)
                .bind("id", id)
                .execute());
    }

    @Override
    public List<FailedMail> failed(TenantName tenant, int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT id, recipient, subject, attempts, last_error, created_at FROM mail_outbox
                        WHERE tenant = :tenant AND status = 'FAILED' ORDER BY created_at DESC, id FETCH FIRST :limit ROWS ONLY""")
                .bind("tenant", tenant.value())
                .bind("limit", limit)
                .map((rs, ctx) -> new FailedMail(
                        rs.getString("id"),
                        new EmailAddress(rs.getString("recipient")),
                        rs.getString("subject"),
                        rs.getInt("attempts"),
                        Optional.ofNullable(rs.getString("last_error")),
                        instant(rs, "created_at")))
                .list());
    }

    @Override
    public List<QueuedMail> newest(int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS
                        + " FROM mail_outbox ORDER BY created_at DESC, id FETCH FIRST :limit ROWS ONLY")
                .bind("limit", limit)
                .map((rs, ctx) -> toQueuedMail(rs))
                .list());
    }

    private static QueuedMail load(Handle handle, String id) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM mail_outbox WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> toQueuedMail(rs))
                .one();
    }

    private static QueuedMail toQueuedMail(ResultSet rs) throws SQLException {
        ComposedMail mail = new ComposedMail(
                new TenantName(rs.getString("tenant")),
                new EmailAddress(rs.getString("recipient")),
                rs.getString("subject"),
                rs.getString("text_body"),
                rs.getString("html_body"));
        return new QueuedMail(
                rs.getString("id"),
                mail,
                QueuedMail.Status.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                instant(rs, "created_at"));
    }

    @Override
    public void forget(TenantName tenant, EmailAddress recipient) {
        jdbi.useHandle(handle -> handle.createUpdate(
                        "DELETE FROM mail_outbox WHERE tenant = :tenant AND recipient = :recipient")
                .bind("tenant", tenant.value())
                .bind("recipient", recipient.value())
                .execute());
    }
}
