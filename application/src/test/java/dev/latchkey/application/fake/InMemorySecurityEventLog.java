package dev.latchkey.application.fake;

import dev.latchkey.application.port.out.SecurityEventLog;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.customer.SecurityEvent;
import dev.latchkey.domain.tenant.TenantName;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/** Security events in insertion order; like the table, at most the newest {@link #KEPT_PER_CUSTOMER} per customer are kept. */
public final class InMemorySecurityEventLog implements SecurityEventLog, Transactional {

    private final List<SecurityEvent> events = new ArrayList<>();

    @Override
    public void record(SecurityEvent event) {
        events.add(event);
        event.customer().ifPresent(customer -> {
            List<SecurityEvent> kept = newestOf(event.tenant(), customer);
            events.removeIf(e -> e.customer().equals(Optional.of(customer)) && !kept.contains(e));
        });
    }

    @Override
    public List<SecurityEvent> newestOf(TenantName tenant, CustomerId customer) {
        List<Integer> positions = IntStream.range(0, events.size())
                .filter(i -> events.get(i).tenant().equals(tenant)
                        && events.get(i).customer().equals(Optional.of(customer)))
                .boxed()
                .sorted(Comparator.<Integer, Instant>comparing(
                                i -> events.get(i).at())
                        .thenComparing(i -> i)
                        .reversed())
                .limit(KEPT_PER_CUSTOMER)
                .toList();
        return positions.stream().map(events::get).toList();
    }

    /** What deleting the customer does to its events (see {@code CustomerRepository#delete}). */
    void removeCustomer(CustomerId customer) {
        events.removeIf(event -> event.customer().equals(Optional.of(customer)));
    }

    @Override
    public Runnable snapshot() {
        return Transactional.copy(events);
    }

    public List<SecurityEvent> all() {
        return List.copyOf(events);
    }
}
