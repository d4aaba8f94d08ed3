package dev.latchkey.adapter.crypto;

import dev.latchkey.application.port.out.PasswordHasher;
import dev.latchkey.domain.credential.Password;
import dev.latchkey.domain.credential.PasswordHash;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id through Bouncy Castle at the OWASP parameters (19 MiB, 2 iterations, parallelism 1),
 * stored as PHC strings so that the parameters travel with each hash. Its memory comes from a pool
 * that keeps the blocks of as many hashes as may run at once ({@link BoundedPasswordHasher} caps
 * them), so a login allocates almost nothing. It also verifies hashes imported from other shops
 * (Argon2 at other parameters, bcrypt, scrypt, Django's PBKDF2, phpass; see {@link ImportedHashes})
 * and reports that they need rehashing, so each is replaced at its next successful login.
 */
public final class Argon2PasswordHasher implements PasswordHasher {

    public static final int MEMORY_KIB = 19 * 1024;
    public static final int ITERATIONS = 2;
    public static final int PARALLELISM = 1;
    private static final int TYPE = Argon2Parameters.ARGON2_id;
    private static final int VERSION = Argon2Parameters.ARGON2_VERSION_13;
    private static final int HASH_BYTES = 32;
    private static final int SALT_BYTES = 16;

    private final int memoryKib;
    private final int iterations;
    private final int parallelism;
    private final Argon2BytesGenerator.BlockPool blocks;
    private final SecureRandom random = new SecureRandom();

    /** At today's parameters, with memory kept for {@code concurrentHashes} hashes at once. */
    public Argon2PasswordHasher(int concurrentHashes) {
        this(MEMORY_KIB, ITERATIONS, PARALLELISM, concurrentHashes);
    }

    public Argon2PasswordHasher(int memoryKib, int iterations, int parallelism, int concurrentHashes) {
        this.memoryKib = memoryKib;
        this.iterations = iterations;
        this.parallelism = parallelism;
        // one block is 1 KiB
        this.blocks = new Argon2BytesGenerator.FixedBlockPool(memoryKib * concurrentHashes);
    }

    @Override
    public PasswordHash hash(Password password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, TYPE, VERSION, memoryKib, iterations, parallelism, salt, HASH_BYTES);
        return new PasswordHash(new Argon2Phc(TYPE, VERSION, memoryKib, iterations, parallelism, salt, hash).encoded());
    }

    /**
     * A hash at today's parameters that no password matches (its hash part is random), for answering
     * a login with an unknown email in the time of a known one: checking against it costs a whole
     * hash, and making it costs none.
     */
    public PasswordHash decoy() {
        byte[] salt = new byte[SALT_BYTES];
        byte[] hash = new byte[HASH_BYTES];
        random.nextBytes(salt);
        random.nextBytes(hash);
        return new PasswordHash(new Argon2Phc(TYPE, VERSION, memoryKib, iterations, parallelism, salt, hash).encoded());
    }

    @Override
    public boolean verify(Password password, PasswordHash hash) {
        if (!hash.encoded().startsWith("$argon2")) {
            return ImportedHashes.verify(password.value(), hash.encoded());
        }
        return Argon2Phc.parse(hash.encoded())
                .map(stored -> MessageDigest.isEqual(
                        stored.hash(),
                        derive(
                                password,
                                stored.type(),
                                stored.version(),
                                stored.memoryKib(),
                                stored.iterations(),
                                stored.parallelism(),
                                stored.salt(),
                                stored.hash().length)))
                .orElse(false);
    }

    @Override
    public boolean needsRehash(PasswordHash hash) {
        return Argon2Phc.parse(hash.encoded())
                .map(stored -> !stored.hasParameters(TYPE, VERSION, memoryKib, iterations, parallelism))
                .orElse(true);
    }

    private byte[] derive(
            Password password, int type, int version, int memory, int passes, int lanes, byte[] salt, int length) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(type)
                .withVersion(version)
                .withMemoryAsKB(memory)
                .withIterations(passes)
                .withParallelism(lanes)
                .withSalt(salt)
                .withBlockPool(blocks)
                .build());
        byte[] secret = password.value().getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[length];
        try {
            generator.generateBytes(secret, out);
            return out;
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }
}
