package dev.latchkey.application.fake;

import dev.latchkey.application.port.out.MailKind;
import dev.latchkey.application.port.out.MailQuota;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.tenant.TenantName;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The mail quota as lists of the times each tenant, recipient and kind got a mail: at most {@code limit} within {@code window}. */
public final class InMemoryMailQuota implements MailQuota {

    private record Key(TenantName tenant, EmailAddress recipient, MailKind kind) {
    }

    private final int limit;
    private final Duration window;
    private final Map<Key, List<Instant>> taken = new HashMap<>();

    public InMemoryMailQuota(int limit, Duration window) {
        this.limit = limit;
        this.window = window;
    }

    @Override
    public boolean tryConsume(TenantName tenant, EmailAddress recipient, MailKind kind, Instant now) {
        List<Instant> times = taken.computeIfAbsent(new Key(tenant, recipient, kind), key -> new ArrayList<>());
        times.removeIf(time -> !now.isBefore(time.plus(window)));
        if (times.size() >= limit) {
            return false;
        }
        times.add(now);
        return true;
    }
}
