import dev.latchkey.adapter.crypto.Argon2PasswordHasher;
import dev.latchkey.domain.credential.Password;
import dev.latchkey.domain.credential.PasswordHash;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Times the product's own password hasher (Argon2id at the parameters the server uses): first in a
 * loop on one thread, the cost of the one hash that every password login computes; then on as many
 * threads as there are cores at once, what the machine really gives when every core hashes. Prints
 * {@code single_hash_ms=<median> mean_ms=<mean> min_ms=<min> n=<count> parallel_per_s=<hashes/s> threads=<cores>}.
 * Part of the benchmark, not of the product. Run with the Java source launcher:
 * {@code java -cp server/target/latchkey.jar bench/HashTime.java [COUNT]}.
 */
public class HashTime {

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        Argon2PasswordHasher hasher = new Argon2PasswordHasher(Runtime.getRuntime().availableProcessors());
        Password password = new Password("bench-pass-1234");
        PasswordHash stored = hasher.hash(password);
        for (int i = 0; i < 10; i++) {
            check(hasher.verify(password, stored));
        }
        double[] millis = new double[count];
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            check(hasher.verify(password, stored));
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        double mean = Arrays.stream(millis).average().orElse(0);

        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> hashes = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            hashes.add(pool.submit(() -> check(hasher.verify(password, stored))));
        }
        for (Future<?> hash : hashes) {
            hash.get();
        }
        double parallelPerSecond = count / ((System.nanoTime() - start) / 1e9);
        pool.shutdown();

        System.out.printf("single_hash_ms=%.2f mean_ms=%.2f min_ms=%.2f n=%d parallel_per_s=%.1f threads=%d%n",
                millis[count / 2], mean, millis[0], count, parallelPerSecond, threads);
    }

    private static void check(boolean verified) {
        if (!verified) {
            throw new IllegalStateException("the hasher did not verify its own hash");
        }
    }
}
