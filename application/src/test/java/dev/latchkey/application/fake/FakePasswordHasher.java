package dev.latchkey.application.fake;

import dev.latchkey.application.port.out.PasswordHasher;
import dev.latchkey.domain.credential.Password;
import dev.latchkey.domain.credential.PasswordHash;
import java.util.ArrayList;
import java.util.List;

/**
 * "Hashes" as {@code hashed:<password>} and counts its calls. Hashes made with {@link #legacyHash}
 * verify too, but report that they need rehashing, like hashes made with yesterday's parameters.
 */
public final class FakePasswordHasher implements PasswordHasher {

    private static final String PREFIX = "hashed:";
    private static final String LEGACY_PREFIX = "legacy:";

    private int hashCalls;
    private final List<PasswordHash> verifiedAgainst = new ArrayList<>();

    public static PasswordHash hashOf(String password) {
        return new PasswordHash(PREFIX + new Password(password).value());
    }

    public static PasswordHash legacyHash(String password) {
        return new PasswordHash(LEGACY_PREFIX + new Password(password).value());
    }

    @Override
    public PasswordHash hash(Password password) {
        hashCalls++;
        return new PasswordHash(PREFIX + password.value());
    }

    @Override
    public boolean verify(Password password, PasswordHash hash) {
        verifiedAgainst.add(hash);
        return hash.encoded().equals(PREFIX + password.value())
                || hash.encoded().equals(LEGACY_PREFIX + password.value());
    }

    @Override
    public boolean needsRehash(PasswordHash hash) {
        return hash.encoded().startsWith(LEGACY_PREFIX);
    }

    public int hashCalls() {
        return hashCalls;
    }

    public int verifyCalls() {
        return verifiedAgainst.size();
    }

    /** Every hash a password was verified against, in order. */
    public List<PasswordHash> verifiedAgainst() {
        return List.copyOf(verifiedAgainst);
    }

    /** Hashes computed plus hashes verified: the expensive operations. */
    public int expensiveCalls() {
        return hashCalls + verifiedAgainst.size();
    }
}
