package dev.latchkey.adapter.metrics;

import dev.latchkey.application.port.out.PasswordHasher;
import dev.latchkey.domain.credential.Password;
import dev.latchkey.domain.credential.PasswordHash;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** Times each hash and each verification of the hasher it wraps ({@code latchkey_password_hashing_seconds}). */
public final class TimedPasswordHasher implements PasswordHasher {

    private final PasswordHasher hasher;
    private final Timer hashing;
    private final Timer verifying;

    public TimedPasswordHasher(PasswordHasher hasher, MeterRegistry meters) {
        this.hasher = hasher;
        this.hashing = timer(meters, "hash");
        this.verifying = timer(meters, "verify");
    }

    private static Timer timer(MeterRegistry meters, String operation) {
        return Timer.builder("latchkey.password.hashing")
                .description("Time to compute one password hash, waiting for a free slot not included")
                .tag("operation", operation)
                .publishPercentileHistogram()
                .register(meters);
    }

    @Override
    public PasswordHash hash(Password password) {
        return hashing.record(() -> hasher.hash(password));
    }

    @Override
    public boolean verify(Password password, PasswordHash hash) {
        Timer.Sample sample = Timer.start();
        try {
            return hasher.verify(password, hash);
        } finally {
            sample.stop(verifying);
        }
    }

    @Override
    public boolean needsRehash(PasswordHash hash) {
        return hasher.needsRehash(hash);
    }
}
