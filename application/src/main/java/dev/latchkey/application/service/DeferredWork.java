package dev.latchkey.application.service;

import dev.latchkey.application.port.in.RequestOrigin;
import dev.latchkey.application.port.out.DeferredRequest;
import dev.latchkey.application.port.out.DeferredRequests;
import dev.latchkey.application.port.out.SecretGenerator;
import dev.latchkey.application.port.out.SignupDetails;
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
import java.util.concurrent.RejectedExecutionException;

/**
 * Requests whose answer must neither wait for nor tell anything by a lookup of their email (a reset
 * link, a new activation link, a signup, the security event of a failed login): each is stored,
 * answered, and acted on afterwards, on {@code background}, so that every path does the same work
 * before the answer. Acting on a request and removing it happen in one transaction, so each request
 * is acted on exactly once, also when the process died in between: {@link #resumeLeftovers} acts on
 * what such a process left, and on what {@code background} had no room for.
 */
public final class DeferredWork {

    private static final int BATCH = 100;

    private final DeferredRequests requests;
    private final Map<DeferredRequest.Kind, DeferredRequestHandler> handlers =
            new EnumMap<>(DeferredRequest.Kind.class);
    private final Transactions transactions;
    private final SecretGenerator secrets;
    private final Clock clock;
    private final Executor background;

    /** @param handlers one for each kind of request */
    public DeferredWork(
            DeferredRequests requests,
            List<DeferredRequestHandler> handlers,
            Transactions transactions,
            SecretGenerator secrets,
            Clock clock,
            Executor background) {
        for (DeferredRequestHandler handler : handlers) {
            if (this.handlers.put(handler.kind(), handler) != null) {
                throw new IllegalArgumentException("Two handlers for requests of kind " + handler.kind());
            }
        }
        if (this.handlers.size() != DeferredRequest.Kind.values().length) {
            throw new IllegalArgumentException("Every kind of request needs a handler");
        }
        this.requests = requests;
        this.transactions = transactions;
        this.secrets = secrets;
        this.clock = clock;
        this.background = background;
    }

    /** Stores the request; once this returns, it is acted on even if the process dies before it got to it. */
    public void submit(DeferredRequest.Kind kind, TenantName tenant, EmailAddress email, Optional<CustomerType> type) {
        store(new DeferredRequest(
                secrets.newToken(), kind, tenant, email, type, Optional.empty(), Optional.empty(), clock.instant()));
    }

    /** Stores the security event of a failed or throttled login, for whoever has {@code email}, if anyone does. */
    public void submitLoginEvent(
            DeferredRequest.Kind kind, TenantName tenant, EmailAddress email, RequestOrigin origin) {
        store(new DeferredRequest(
                secrets.newToken(),
                kind,
                tenant,
                email,
                Optional.empty(),
                Optional.of(origin),
                Optional.empty(),
                clock.instant()));
    }

    /** Stores a signup: the new account, or the note to the owner of a taken email, comes afterwards. */
    public void submitSignup(TenantName tenant, EmailAddress email, SignupDetails details) {
        store(new DeferredRequest(
                secrets.newToken(),
                DeferredRequest.Kind.SIGNUP,
                tenant,
                email,
                Optional.empty(),
                Optional.empty(),
                Optional.of(details),
                clock.instant()));
    }

    private void store(DeferredRequest request) {
        requests.add(request);
        try {
            background.execute(() -> actOn(request));
        } catch (RejectedExecutionException tooMuchWaiting) {
            // stored all the same: resumeLeftovers acts on it
        }
    }

    /**
     * Acts on the requests made before {@code before} that are still waiting; returns how many it acted
     * on. One that fails stays for the next call and does not hold up the others of its batch.
     */
    public int resumeLeftovers(Instant before) {
        int actedOn = 0;
        RuntimeException firstFailure = null;
        List<DeferredRequest> waiting;
        do {
            waiting = requests.oldest(before, BATCH);
            for (DeferredRequest request : waiting) {
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

    private boolean actOn(DeferredRequest request) {
        return transactions.inTransaction(() -> {
            if (!requests.remove(request.id())) {
                return false;
            }
            handlers.get(request.kind()).actOn(request);
            return true;
        });
    }
}
