package dev.latchkey.application.service.mail;

import dev.latchkey.application.port.in.mail.ResumeDeferredMailsUseCase;
import dev.latchkey.application.service.DeferredMails;
import java.time.Instant;

/** Acts on the deferred mail requests that a stopped process, or a busy node, left waiting. */
public final class ResumeDeferredMailsService implements ResumeDeferredMailsUseCase {

    private final DeferredMails deferredMails;

    public ResumeDeferredMailsService(DeferredMails deferredMails) {
        this.deferredMails = deferredMails;
    }

    @Override
    public int resumeRequestsMadeBefore(Instant before) {
        return deferredMails.resumeLeftovers(before);
    }
}
