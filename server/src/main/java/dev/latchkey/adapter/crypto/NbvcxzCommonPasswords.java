package dev.latchkey.adapter.crypto;

import dev.latchkey.domain.policy.CommonPasswords;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The list of the 100,000 most common passwords that ships inside the nbvcxz jar (only its
 * dictionary file is used, none of its code), held in memory for the life of the process.
 * Passwords compare after NFKC and lower-casing, so {@code PassWord1} counts as {@code password1}.
 */
public final class NbvcxzCommonPasswords implements CommonPasswords {

    /** Where the nbvcxz jar keeps its password list: one password a line, most common first. */
    public static final String RESOURCE = "dictionaries/passwords.txt";

    private final Set<String> passwords;

    private NbvcxzCommonPasswords(Set<String> passwords) {
        this.passwords = Set.copyOf(passwords);
    }

    /** Reads the list from the class path; fails at start rather than run with no list. */
    public static NbvcxzCommonPasswords load() {
        InputStream in = NbvcxzCommonPasswords.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("The common password list " + RESOURCE + " is not on the class path");
        }
        Set<String> passwords = new HashSet<>(150_000);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String password = line.strip();
                if (!password.isEmpty()) {
                    passwords.add(normalise(password));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the common password list " + RESOURCE, e);
        }
        return new NbvcxzCommonPasswords(passwords);
    }

    @Override
    public boolean contains(String password) {
        return passwords.contains(normalise(password));
    }

    /** How many distinct passwords the list holds. */
    public int size() {
        return passwords.size();
    }

    private static String normalise(String password) {
        return Normalizer.normalize(password, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
