package dev.latchkey.adapter.persistence.mail;

import static dev.latchkey.adapter.persistence.Columns.instant;
import static dev.latchkey.adapter.persistence.Columns.utc;

import dev.latchkey.adapter.persistence.Savepoints;
import dev.latchkey.application.port.out.MailKind;
import dev.latchkey.application.port.out.MailQuota;
import dev.latchkey.domain.credential.TokenHash;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.tenant.TenantName;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The mail quota in the {@code mail_quota} table: each recipient and kind has {@code limit} slots.
 * A mail takes a slot that was never used, or the one whose mail is oldest if that mail is at least
 * {@code period} old, with a conditional update; of two nodes racing for one slot only one wins. So
 * no more than {@code limit} mails of a kind reach an address within any {@code period}.
 */
public final class JdbiMailQuota implements MailQuota {

    private static final int MAX_ATTEMPTS = 3;

    private record Slot(int number, Instant usedAt) {}

    private final Jdbi jdbi;
    private final int limit;
    private final Duration period;

    public JdbiMailQuota(Jdbi jdbi, int limit, Duration period) {
        if (limit < 1 || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("A mail quota allows at least one mail in a positive period");
        }
        this.jdbi = jdbi;
        this.limit = limit;
        this.period = period;
    }

    @Override
    public boolean tryConsume(TenantName tenant, EmailAddress recipient, MailKind kind, Instant now) {
        String recipientHash = TokenHash.of(recipient.value()).hex();
        Instant freeBefore = now.minus(period);
        return jdbi.inTransaction(handle -> {
            for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
                List<Slot> slots = slots(handle, tenant, recipientHash, kind);
                Set<Integer> used = slots.stream().map(Slot::number).collect(Collectors.toSet());
                Optional<Integer> neverUsed = IntStream.range(0, limit)
                        .boxed()
                        .filter(number -> !used.contains(number))
                        .findFirst();
                if (neverUsed.isPresent()) {
                    if (insertSlot(handle, tenant, recipientHash, kind, neverUsed.get(), now)) {
                        return true;
                    }
                    continue;
                }
                Slot oldest =
                        slots.stream().min(Comparator.comparing(Slot::usedAt)).orElseThrow();
                if (oldest.usedAt().isAfter(freeBefore)) {
                    return false;
                }
                if (takeSlot(handle, tenant, recipientHash, kind, oldest.number(), now, freeBefore)) {
                    return true;
                }
            }
            return false;
        });
    }

    private List<Slot> slots(Handle handle, TenantName tenant, String recipientHash, MailKind kind) {
        return handle.createQuery("""
                        SELECT slot, used_at FROM mail_quota
                        WHERE tenant = :tenant AND recipient_hash = :recipient AND kind = :kind AND slot < :limit""")
                .bind("tenant", tenant.value())
                .bind("recipient", recipientHash)
                .bind("kind", kind.name())
                .bind("limit", limit)
                .map((rs, ctx) -> new Slot(rs.getInt("slot"), instant(rs, "used_at")))
                .list();
    }

    private static boolean insertSlot(
            Handle handle, TenantName tenant, String recipientHash, MailKind kind, int slot, Instant now) {
        return Savepoints.insertUnlessDuplicate(
                handle,
                h -> h.createUpdate("""
                        INSERT INTO mail_quota (tenant, recipient_hash, kind, slot, used_at)
                        VALUES (:tenant, :recipient, :kind, :slot, :now)""")
                        .bind("tenant", tenant.value())
                        .bind("recipient", recipientHash)
                        .bind("kind", kind.name())
                        .bind("slot", slot)
                        .bind("now", utc(now))
                        .execute());
    }

    private static boolean takeSlot(
            Handle handle,
            TenantName tenant,
            String recipientHash,
            MailKind kind,
            int slot,
            Instant now,
            Instant freeBefore) {
        return handle.createUpdate("""
                        UPDATE mail_quota SET used_at = :now
                        WHERE tenant = :tenant AND recipient_hash = :recipient AND kind = :kind AND slot = :slot
                          AND used_at <= :freeBefore""")
                        .bind("now", utc(now))
                        .bind("tenant", tenant.value())
                        .bind("recipient", recipientHash)
                        .bind("kind", kind.name())
                        .bind("slot", slot)
                        .bind("freeBefore", utc(freeBefore))
                        .execute()
                == 1;
    }
}
