package dev.latchkey.adapter.crypto;

import com.password4j.BcryptFunction;
import com.password4j.PBKDF2Function;
import com.password4j.ScryptFunction;
import com.password4j.types.Hmac;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Verifies password hashes imported from other shops, through Password4j: bcrypt ({@code $2a$},
 * {@code $2b$}, {@code $2y$}), scrypt ({@code $e0801$salt$hash}, also with the {@code $s0} prefix of
 * the lambdaworks library) and PBKDF2-SHA256 in Django's form
 * ({@code pbkdf2_sha256$<iterations>$<salt>$<base64 hash>}), and phpass's portable hashes as WordPress keeps
 * them ({@code $P$}, {@code $H$}; see {@link Phpass}). Parameters far beyond what any shop uses
 * are refused rather than computed, so a planted hash cannot tie up the server.
 */
final class ImportedHashes {

    static final int MAX_BCRYPT_COST = 16;
    static final long MAX_SCRYPT_BYTES = 256L * 1024 * 1024;
    static final int MAX_PBKDF2_ITERATIONS = 10_000_000;

    private static final Pattern BCRYPT = Pattern.compile("^\\$2[aby]\\$(\\d{2})\\$[./A-Za-z0-9]{53}$");
    private static final Pattern SCRYPT =
            Pattern.compile("^(?:\\$s0)?(\\$[0-9a-fA-F]+\\$[A-Za-z0-9+/=]+\\$[A-Za-z0-9+/=]+)$");
    private static final Pattern DJANGO_PBKDF2 =
            Pattern.compile("^pbkdf2_sha256\\$(\\d{1,9})\\$([^$]{1,128})\\$([A-Za-z0-9+/=]{4,128})$");

    private ImportedHashes() {}

    /** True when the hash is in one of the imported forms, whether or not the password matches it. */
    static boolean recognises(String encoded) {
        return Phpass.recognises(encoded)
                || BCRYPT.matcher(encoded).matches()
                || SCRYPT.matcher(encoded).matches()
                || DJANGO_PBKDF2.matcher(encoded).matches();
    }

    /** True when the password matches the imported hash; false for a wrong password, an unknown form or absurd parameters. */
    static boolean verify(String password, String encoded) {
        try {
            if (Phpass.recognises(encoded)) {
                return Phpass.verify(password, encoded);
            }
            Matcher bcrypt = BCRYPT.matcher(encoded);
            if (bcrypt.matches()) {
                return Integer.parseInt(bcrypt.group(1)) <= MAX_BCRYPT_COST
                        && BcryptFunction.getInstanceFromHash(encoded).check(password, encoded);
            }
            Matcher scrypt = SCRYPT.matcher(encoded);
            if (scrypt.matches()) {
                return verifyScrypt(password, scrypt.group(1));
            }
            Matcher django = DJANGO_PBKDF2.matcher(encoded);
            if (django.matches()) {
                return verifyDjango(password, Integer.parseInt(django.group(1)), django.group(2), django.group(3));
            }
            return false;
        } catch (RuntimeException malformed) {
            return false;
        }
    }

    private static boolean verifyScrypt(String password, String encoded) {
        ScryptFunction function = ScryptFunction.getInstanceFromHash(encoded);
        long bytes = 128L * function.getResources() * function.getWorkFactor() * function.getParallelization();
        return bytes <= MAX_SCRYPT_BYTES && function.check(password, encoded);
    }

    private static boolean verifyDjango(String password, int iterations, String salt, String expectedBase64) {
        byte[] expected = Base64.getDecoder().decode(expectedBase64);
        if (iterations < 1 || iterations > MAX_PBKDF2_ITERATIONS || expected.length < 16) {
            return false;
        }
        byte[] actual = PBKDF2Function.getInstance(Hmac.SHA256, iterations, expected.length * 8)
                .hash(password, salt)
                .getBytes();
        return MessageDigest.isEqual(actual, expected);
    }
}
