package dev.latchkey.application.port.out;

import java.time.Instant;

/** A mail in the outbox, with its delivery state. */
public record QueuedMail(String id, ComposedMail mail, Status status, int attempts, Instant createdAt) {

    /** Waiting for (another) delivery attempt, handed to the mail server, or given up after too many failures. */
    public enum Status {
        PENDING,
        SENT,
        FAILED
    }
}
