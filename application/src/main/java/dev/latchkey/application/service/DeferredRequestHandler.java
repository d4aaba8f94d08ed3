package dev.latchkey.application.service;

import dev.latchkey.application.port.out.DeferredRequest;

/** What acting on one kind of deferred request means, for {@link DeferredWork}. */
public interface DeferredRequestHandler {

    /** The kind of request this handler acts on. */
    DeferredRequest.Kind kind();

    /** Acts on the request; runs inside the transaction that removes it, so it happens exactly once. */
    void actOn(DeferredRequest request);
}
