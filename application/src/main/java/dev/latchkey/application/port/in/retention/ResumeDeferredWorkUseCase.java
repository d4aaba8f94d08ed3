package dev.latchkey.application.port.in.retention;

import java.time.Instant;

/**
 * Acts on the mail requests (reset links, new activation links) that were answered but not yet acted
 * on, because the process that answered them stopped or another node's is still busy with them.
 */
public interface ResumeDeferredWorkUseCase {

    /** Acts on the requests made before {@code before} that still wait; returns how many it acted on. */
    int resumeRequestsMadeBefore(Instant before);
}
