package dev.latchkey.application.fake;

import dev.latchkey.application.port.out.DeferredMailRequest;
import dev.latchkey.application.port.out.DeferredMailRequests;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Deferred mail requests in a map, oldest first. */
public final class InMemoryDeferredMailRequests implements DeferredMailRequests, Transactional {

    private final Map<String, DeferredMailRequest> waiting = new LinkedHashMap<>();

    @Override
    public synchronized void add(DeferredMailRequest request) {
        waiting.put(request.id(), request);
    }

    @Override
    public synchronized List<DeferredMailRequest> oldest(Instant before, int limit) {
        return waiting.values().stream()
                .filter(request -> request.requestedAt().isBefore(before))
                .sorted(Comparator.comparing(DeferredMailRequest::requestedAt))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized boolean remove(String id) {
        return waiting.remove(id) != null;
    }

    @Override
    public synchronized Runnable snapshot() {
        return Transactional.copy(waiting);
    }

    public synchronized List<DeferredMailRequest> all() {
        return new ArrayList<>(waiting.values());
    }
}
