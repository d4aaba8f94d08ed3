package dev.latchkey.adapter.crypto;

import dev.latchkey.domain.policy.CommonPasswords;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * The list of the 100,000 most common passwords that ships inside the nbvcxz jar (only its
 * dictionary file is used, none of its code), held in memory for the life of the process as a
 * sorted array of 64-bit fingerprints: 0.8 MB instead of about 6 MB of strings. Two different
 * passwords share a fingerprint with a chance of about one in 10^14 per check, and the list's own
 * entries are checked to be apart. Passwords compare after NFKC and lower-casing, so
 * {@code PassWord1} counts as {@code password1}.
 */
public final class NbvcxzCommonPasswords implements CommonPasswords {

    /** Where the nbvcxz jar keeps its password list: one password a line, most common first. */
    public static final String RESOURCE = "dictionaries/passwords.txt";

    private static final long FNV_OFFSET_BASIS = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private final long[] fingerprints;

    private NbvcxzCommonPasswords(long[] fingerprints) {
        this.fingerprints = fingerprints;
    }

    /** Reads the list from the class path; fails rather than run with no list. */
    public static NbvcxzCommonPasswords load() {
        InputStream in = NbvcxzCommonPasswords.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("The common password list " + RESOURCE + " is not on the class path");
        }
        long[] read = new long[128 * 1024];
        int count = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String password = line.strip();
                if (!password.isEmpty()) {
                    if (count == read.length) {
                        read = Arrays.copyOf(read, count * 2);
                    }
                    read[count++] = fingerprint(password);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the common password list " + RESOURCE, e);
        }
        long[] sorted = Arrays.copyOf(read, count);
        Arrays.sort(sorted);
        return new NbvcxzCommonPasswords(Arrays.stream(sorted).distinct().toArray());
    }

    /**
     * Starts reading the list on a thread of its own and answers at once, so that it costs nothing at
     * start; a check made before the list is read waits for it. Fails the check, not the start, if the
     * list cannot be read.
     */
    public static CommonPasswords loadInBackground() {
        CompletableFuture<NbvcxzCommonPasswords> list = new CompletableFuture<>();
        Thread reader = new Thread(
                () -> {
                    try {
                        list.complete(load());
                    } catch (RuntimeException e) {
                        list.completeExceptionally(e);
                    }
                },
                "common-password-list");
        reader.setDaemon(true);
        reader.start();
        return password -> list.join().contains(password);
    }

    @Override
    public boolean contains(String password) {
        return Arrays.binarySearch(fingerprints, fingerprint(password)) >= 0;
    }

    /** How many distinct passwords the list holds. */
    public int size() {
        return fingerprints.length;
    }

    /** FNV-1a over the characters of the normalised password. */
    static long fingerprint(String password) {
        String normalised = Normalizer.normalize(password, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        long hash = FNV_OFFSET_BASIS;
        for (int i = 0; i < normalised.length(); i++) {
            hash = (hash ^ normalised.charAt(i)) * FNV_PRIME;
        }
        return hash;
    }
}
