package dev.latchkey.application.port.out;

import java.time.Instant;
import java.util.List;

/**
 * Requests kept from the moment they are answered until they are acted on, so that a request
 * answered just before the process died is still acted on after it.
 */
public interface DeferredRequests {

    /** Stores the request with everything it carries, in one step. */
    void add(DeferredRequest request);

    /** The oldest requests made before {@code before}, at most {@code limit}. */
    List<DeferredRequest> oldest(Instant before, int limit);

    /** Takes the request away; false when it was taken already (by another thread or node). */
    boolean remove(String id);
}
