package dev.latchkey.application.fake;

import dev.latchkey.application.port.out.DeferredRequest;
import dev.latchkey.application.port.out.DeferredRequests;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Deferred requests in a map, oldest first. */
public final class InMemoryDeferredRequests implements DeferredRequests, Transactional {

    private final Map<String, DeferredRequest> waiting = new LinkedHashMap<>();

    @Override
    public synchronized void add(DeferredRequest request) {
        waiting.put(request.id(), request);
    }

    @Override
    public synchronized List<DeferredRequest> oldest(Instant before, int limit) {
        return waiting.values().stream()
                .filter(request -> request.requestedAt().isBefore(before))
                .sorted(Comparator.comparing(DeferredRequest::requestedAt))
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

    public synchronized List<DeferredRequest> all() {
        return new ArrayList<>(waiting.values());
    }
}
