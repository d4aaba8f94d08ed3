package dev.latchkey.application.fake;

import dev.latchkey.application.port.out.MailKind;
import dev.latchkey.application.port.out.MailQuota;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.tenant.TenantName;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The mail quota as lists of the times each tenant, recipient and kind got a mail: at most {@code limit} within
 * {@code window}.
 */
public final class InMemoryMailQuota implements MailQuota, Transactional {

    private record Key(TenantName tenant, EmailAddress recipient, MailKind kind) {}

    private final int limit;
    private final Duration window;
    private final Map<Key, List<Instant>> taken;

    public InMemoryMailQuota(int limit, Duration window) {
        this(limit, window, new HashMap<>());
    }

    private InMemoryMailQuota(int limit, Duration window, Map<Key, List<Instant>> taken) {
        this.limit = limit;
        this.window = window;
        this.taken = taken;
    }

    /** The same mails counted against another limit, as every quota of the database shares one table. */
    public InMemoryMailQuota withLimit(int otherLimit, Duration otherWindow) {
        return new InMemoryMailQuota(otherLimit, otherWindow, taken);
    }

    @Override
    public boolean tryConsume(TenantName tenant, EmailAddress recipient, MailKind kind, Instant now) {
        Key key = new Key(tenant, recipient, kind);
        List<Instant> times = taken.getOrDefault(key, List.of());
        if (times.stream().filter(time -> now.isBefore(time.plus(window))).count() >= limit) {
            return false;
        }
        taken.put(key, Stream.concat(times.stream(), Stream.of(now)).toList());
        return true;
    }

    @Override
    public Runnable snapshot() {
        return Transactional.copy(taken);
    }
}
