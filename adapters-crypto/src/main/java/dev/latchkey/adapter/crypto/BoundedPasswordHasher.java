package dev.latchkey.adapter.crypto;

import dev.latchkey.application.port.out.HashingOverloadedException;
import dev.latchkey.application.port.out.PasswordHasher;
import dev.latchkey.domain.credential.Password;
import dev.latchkey.domain.credential.PasswordHash;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Caps how many password hashes are computed at once, so a flood of logins cannot exhaust memory
 * (each Argon2id hash takes 19 MiB) or starve other requests of CPU. A caller finds a free slot or
 * waits for one, first come first served, at most {@code maxWait}; after that it gets a
 * {@link HashingOverloadedException}, which the web adapter answers with {@code 503} and
 * {@code Retry-After}. Checking whether a hash needs rehashing computes nothing and is not capped.
 */
public final class BoundedPasswordHasher implements PasswordHasher {

    private final PasswordHasher hasher;
    private final Semaphore slots;
    private final Duration maxWait;
    private final Duration retryAfter;

    public BoundedPasswordHasher(PasswordHasher hasher, int concurrentHashes, Duration maxWait, Duration retryAfter) {
        if (concurrentHashes < 1) {
            throw new IllegalArgumentException("At least one hash must be computable at a time");
        }
        this.hasher = hasher;
        this.slots = new Semaphore(concurrentHashes, true);
        this.maxWait = maxWait;
        this.retryAfter = retryAfter;
    }

    @Override
    public PasswordHash hash(Password password) {
        acquire();
        try {
            return hasher.hash(password);
        } finally {
            slots.release();
        }
    }

    @Override
    public boolean verify(Password password, PasswordHash hash) {
        acquire();
        try {
            return hasher.verify(password, hash);
        } finally {
            slots.release();
        }
    }

    @Override
    public boolean needsRehash(PasswordHash hash) {
        return hasher.needsRehash(hash);
    }

    private void acquire() {
        try {
            if (!slots.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new HashingOverloadedException(retryAfter);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HashingOverloadedException(retryAfter);
        }
    }
}
