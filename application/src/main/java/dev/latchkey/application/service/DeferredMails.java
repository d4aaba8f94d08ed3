package dev.latchkey.application.service;

import dev.latchkey.application.port.out.DeferredMailRequest;
import dev.latchkey.application.port.out.DeferredMailRequests;
import dev.latchkey.application.port.out.SecretGenerator;
import dev.latchkey.application.port.out.Transactions;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.profile.CustomerType;
import dev.latchkey.domain.tenant.TenantName;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Mail requests whose answer must neither wait for nor tell anything by a lookup (a reset link, a new
 * activation link): each is stored, answered, and acted on afterwards, on {@code background}. Acting
 * on a request and removing it happen in one transaction, so each request is acted on exactly once,
 * also when the process died in between: {@link #resumeLeftovers} acts on what such a process left.
 */
public final class DeferredMails {

    private static final int BATCH = 100;

    private final DeferredMailRequests requests;
    private final Map<DeferredMailRequest.Kind, DeferredMailHandler> handlers =
            new EnumMap<>(DeferredMailRequest.Kind.class);
    private final Transactions transactions;
    private final SecretGenerator secrets;
    private final Clock clock;
    private final Executor background;

    /** @param handlers one for each kind of request */
    public DeferredMails(
            DeferredMailRequests requests,
            List<DeferredMailHandler> handlers,
            Transactions transactions,
            SecretGenerator secrets,
            Clock clock,
            Executor background) {
        for (DeferredMailHandler handler : handlers) {
            if (this.handlers.put(handler.kind(), handler) != null) {
                throw new IllegalArgumentException("Two handlers for requests of kind " + handler.kind());
            }
        }
        if (this.handlers.size() != DeferredMailRequest.Kind.values().length) {
            throw new IllegalArgumentException("Every kind of request needs a handler");
        }
        this.requests = requests;
        this.transactions = transactions;
        this.secrets = secrets;
        this.clock = clock;
        this.background = background;
    }

    /** Stores the request; once this returns, it is acted on even if the process dies before it got to it. */
    public void submit(
            DeferredMailRequest.Kind kind, TenantName tenant, EmailAddress email, Optional<CustomerType> type) {
        DeferredMailRequest request =
                new DeferredMailRequest(secrets.newToken(), kind, tenant, email, type, clock.instant());
        requests.add(request);
        background.execute(() -> actOn(request));
    }

    /**
     * Acts on the requests made before {@code before} that are still waiting; returns how many it acted
     * on. One that fails stays for the next call and does not hold up the others of its batch.
     */
    public int resumeLeftovers(Instant before) {
        int actedOn = 0;
        RuntimeException firstFailure = null;
        List<DeferredMailRequest> waiting;
        do {
            waiting = requests.oldest(before, BATCH);
            for (DeferredMailRequest request : waiting) {
                try {
                    if (actOn(request)) {
                        actedOn++;
                    }
                } catch (RuntimeException e) {
                    firstFailure = firstFailure == null ? e : firstFailure;
                }
            }
        } while (waiting.size() == BATCH && firstFailure == null);
        if (firstFailure != null) {
            throw firstFailure;
        }
        return actedOn;
    }

    private boolean actOn(DeferredMailRequest request) {
        return transactions.inTransaction(() -> {
            if (!requests.remove(request.id())) {
                return false;
            }
            handlers.get(request.kind()).actOn(request);
            return true;
        });
    }
}
