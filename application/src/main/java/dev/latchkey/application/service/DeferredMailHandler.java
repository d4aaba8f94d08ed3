package dev.latchkey.application.service;

import dev.latchkey.application.port.out.DeferredMailRequest;

/** What acting on one kind of deferred mail request means, for {@link DeferredMails}. */
public interface DeferredMailHandler {

    /** The kind of request this handler acts on. */
    DeferredMailRequest.Kind kind();

    /** Acts on the request; runs inside the transaction that removes it, so it happens exactly once. */
    void actOn(DeferredMailRequest request);
}
