package dev.latchkey.application.service.retention;

import dev.latchkey.application.port.in.retention.ResumeDeferredWorkUseCase;
import dev.latchkey.application.service.DeferredWork;
import java.time.Instant;

/** Acts on the deferred mail requests that a stopped process, or a busy node, left waiting. */
public final class ResumeDeferredWorkService implements ResumeDeferredWorkUseCase {

    private final DeferredWork deferredWork;

    public ResumeDeferredWorkService(DeferredWork deferredWork) {
        this.deferredWork = deferredWork;
    }

    @Override
    public int resumeRequestsMadeBefore(Instant before) {
        return deferredWork.resumeLeftovers(before);
    }
}
