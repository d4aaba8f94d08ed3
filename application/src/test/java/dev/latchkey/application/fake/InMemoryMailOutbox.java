package dev.latchkey.application.fake;

import dev.latchkey.application.port.out.ComposedMail;
import dev.latchkey.application.port.out.FailedMail;
import dev.latchkey.application.port.out.MailOutbox;
import dev.latchkey.application.port.out.QueuedMail;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.tenant.TenantName;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The outbox as a list of rows, claimed and retried like the table: an outcome changes only a mail that is still
 * pending, and a mail given up loses its text and HTML.
 */
public final class InMemoryMailOutbox implements MailOutbox, Transactional {

    /** One outbox row, as the table keeps it. */
    public record Row(
            QueuedMail queued,
            Instant nextAttemptAt,
            Optional<Instant> claimedUntil,
            Optional<String> lastError,
            Optional<Instant> sentAt) {

        public String id() {
            return queued.id();
        }

        public QueuedMail.Status status() {
            return queued.status();
        }

        public int attempts() {
            return queued.attempts();
        }

        public ComposedMail mail() {
            return queued.mail();
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private int nextId = 1;

    @Override
    public void enqueue(ComposedMail mail, Instant now) {
        String id = "mail-" + nextId++;
        rows.add(new Row(
                new QueuedMail(id, mail, QueuedMail.Status.PENDING, 0, now),
                now,
                Optional.empty(),
                Optional.empty(),
                Optional.empty()));
    }

    @Override
    public List<QueuedMail> claimDue(Instant now, int limit, Instant claimedUntil) {
        List<Row> due = rows.stream()
                .filter(row -> row.status() == QueuedMail.Status.PENDING)
                .filter(row -> !row.nextAttemptAt().isAfter(now))
                .filter(row ->
                        row.claimedUntil().map(until -> until.isBefore(now)).orElse(true))
                .sorted(Comparator.comparing(Row::nextAttemptAt))
                .limit(limit)
                .toList();
        for (Row row : due) {
            put(new Row(row.queued(), row.nextAttemptAt(), Optional.of(claimedUntil), row.lastError(), row.sentAt()));
        }
        return due.stream().map(Row::queued).toList();
    }

    @Override
    public void markSent(String id, Instant when) {
        pending(id)
                .ifPresent(row -> put(new Row(
                        with(row.queued(), QueuedMail.Status.SENT, row.attempts()),
                        row.nextAttemptAt(),
                        Optional.empty(),
                        row.lastError(),
                        Optional.of(when))));
    }

    @Override
    public void retryLater(String id, int attempts, Instant nextAttempt, String error) {
        pending(id)
                .ifPresent(row -> put(new Row(
                        with(row.queued(), row.status(), attempts),
                        nextAttempt,
                        Optional.empty(),
                        Optional.of(error),
                        row.sentAt())));
    }

    @Override
    public void markFailed(String id, int attempts, String error) {
        pending(id).ifPresent(row -> {
            ComposedMail mail = row.mail();
            ComposedMail withoutText = new ComposedMail(mail.tenant(), mail.recipient(), mail.subject(), "", "");
            QueuedMail failed = new QueuedMail(
                    row.id(),
                    withoutText,
                    QueuedMail.Status.FAILED,
                    attempts,
                    row.queued().createdAt());
            put(new Row(failed, row.nextAttemptAt(), Optional.empty(), Optional.of(error), row.sentAt()));
        });
    }

    @Override
    public List<FailedMail> failed(TenantName tenant, int limit) {
        List<FailedMail> newestFirst = new ArrayList<>();
        for (int i = rows.size() - 1; i >= 0 && newestFirst.size() < limit; i--) {
            Row row = rows.get(i);
            if (row.mail().tenant().equals(tenant) && row.queued().status() == QueuedMail.Status.FAILED) {
                newestFirst.add(new FailedMail(
                        row.id(),
                        row.mail().recipient(),
                        row.mail().subject(),
                        row.queued().attempts(),
                        row.lastError(),
                        row.queued().createdAt()));
            }
        }
        return newestFirst;
    }

    @Override
    public List<QueuedMail> newest(int limit) {
        List<QueuedMail> newestFirst = new ArrayList<>();
        for (int i = rows.size() - 1; i >= 0 && newestFirst.size() < limit; i--) {
            newestFirst.add(rows.get(i).queued());
        }
        return newestFirst;
    }

    @Override
    public void forget(TenantName tenant, EmailAddress recipient) {
        rows.removeIf(row ->
                row.mail().tenant().equals(tenant) && row.mail().recipient().equals(recipient));
    }

    @Override
    public Runnable snapshot() {
        return Transactional.copy(rows);
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    public List<ComposedMail> mails() {
        return rows.stream().map(Row::mail).toList();
    }

    /** The row with that id; fails the test when there is none. */
    public Row row(String id) {
        return rows.stream()
                .filter(row -> row.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No mail " + id));
    }

    private Optional<Row> pending(String id) {
        return Optional.of(row(id)).filter(row -> row.status() == QueuedMail.Status.PENDING);
    }

    private void put(Row updated) {
        rows.replaceAll(row -> row.id().equals(updated.id()) ? updated : row);
    }

    private static QueuedMail with(QueuedMail mail, QueuedMail.Status status, int attempts) {
        return new QueuedMail(mail.id(), mail.mail(), status, attempts, mail.createdAt());
    }
}
