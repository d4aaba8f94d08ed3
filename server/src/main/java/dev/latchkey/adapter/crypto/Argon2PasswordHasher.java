package dev.latchkey.adapter.crypto;

import com.password4j.Argon2Function;
import com.password4j.types.Argon2;
import dev.latchkey.application.port.out.PasswordHasher;
import dev.latchkey.domain.credential.Password;
import dev.latchkey.domain.credential.PasswordHash;

/**
 * Argon2id through Password4j at the OWASP parameters (19 MiB, 2 iterations, parallelism 1),
 * stored as PHC strings so that the parameters travel with each hash. It also verifies hashes
 * imported from other shops (bcrypt, scrypt, Django's PBKDF2; see {@link ImportedHashes}) and
 * reports that they need rehashing, so each is replaced by Argon2id at its next successful login.
 */
public final class Argon2PasswordHasher implements PasswordHasher {

    public static final int MEMORY_KIB = 19 * 1024;
    public static final int ITERATIONS = 2;
    public static final int PARALLELISM = 1;
    private static final int HASH_BYTES = 32;
    private static final int SALT_BYTES = 16;

    private final Argon2Function function;

    public Argon2PasswordHasher() {
        this(MEMORY_KIB, ITERATIONS, PARALLELISM);
    }

    public Argon2PasswordHasher(int memoryKib, int iterations, int parallelism) {
        this.function = Argon2Function.getInstance(memoryKib, iterations, parallelism, HASH_BYTES, Argon2.ID,
                Argon2Function.ARGON2_VERSION_13);
    }

    @Override
    public PasswordHash hash(Password password) {
        return new PasswordHash(com.password4j.Password.hash(password.value()).addRandomSalt(SALT_BYTES).with(function).getResult());
    }

    @Override
    public boolean verify(Password password, PasswordHash hash) {
        if (!hash.encoded().startsWith("$argon2")) {
            return ImportedHashes.verify(password.value(), hash.encoded());
        }
        try {
            return Argon2Function.getInstanceFromHash(hash.encoded()).check(password.value(), hash.encoded());
        } catch (RuntimeException notAnArgon2Hash) {
            return false;
        }
    }

    @Override
    public boolean needsRehash(PasswordHash hash) {
        try {
            Argon2Function ofHash = Argon2Function.getInstanceFromHash(hash.encoded());
            return ofHash.getMemory() != function.getMemory()
                    || ofHash.getIterations() != function.getIterations()
                    || ofHash.getParallelism() != function.getParallelism()
                    || ofHash.getVariant() != function.getVariant();
        } catch (RuntimeException notAnArgon2Hash) {
            return true;
        }
    }
}
