package dev.latchkey.adapter.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.regex.Pattern;

/**
 * The portable hashes of phpass (Openwall), as WordPress, phpBB and Drupal 7 keep them:
 * {@code $P$} (or phpBB's {@code $H$}), one character for log2 of the iteration count, 8 characters
 * of salt and 22 of hash. The hash is MD5 iterated: {@code h = md5(salt + password)}, then
 * {@code count} times {@code h = md5(h + password)}, written in phpass's own base-64 alphabet.
 * There is no maintained Java library for it; this follows the reference {@code PasswordHash.php}.
 */
final class Phpass {

    /** phpass allows 7 to 30; WordPress uses 8. More than 2^18 MD5 rounds is refused, not computed. */
    static final int MIN_LOG2 = 7;

    static final int MAX_LOG2 = 18;

    private static final String ITOA64 = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final Pattern FORM = Pattern.compile("^\\$[PH]\\$[./0-9A-Za-z]{31}$");

    private Phpass() {}

    static boolean recognises(String encoded) {
        return FORM.matcher(encoded).matches();
    }

    static boolean verify(String password, String encoded) {
        if (!recognises(encoded)) {
            return false;
        }
        int log2 = ITOA64.indexOf(encoded.charAt(3));
        if (log2 < MIN_LOG2 || log2 > MAX_LOG2) {
            return false;
        }
        String computed =
                encoded.substring(0, 12) + encode64(iterate(password, encoded.substring(4, 12), 1 << log2), 16);
        return MessageDigest.isEqual(
                computed.getBytes(StandardCharsets.US_ASCII), encoded.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] iterate(String password, String salt, int count) {
        byte[] secret = password.getBytes(StandardCharsets.UTF_8);
        MessageDigest md5 = md5();
        md5.update(salt.getBytes(StandardCharsets.US_ASCII));
        md5.update(secret);
        byte[] hash = md5.digest();
        for (int i = 0; i < count; i++) {
            md5.update(hash);
            md5.update(secret);
            hash = md5.digest();
        }
        return hash;
    }

    /** phpass's {@code encode64}: little-endian groups of 3 bytes into 4 characters. */
    static String encode64(byte[] input, int count) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        do {
            int value = input[i++] & 0xff;
            out.append(ITOA64.charAt(value & 0x3f));
            if (i < count) {
                value |= (input[i] & 0xff) << 8;
            }
            out.append(ITOA64.charAt((value >> 6) & 0x3f));
            if (i++ >= count) {
                break;
            }
            if (i < count) {
                value |= (input[i] & 0xff) << 16;
            }
            out.append(ITOA64.charAt((value >> 12) & 0x3f));
            if (i++ >= count) {
                break;
            }
            out.append(ITOA64.charAt((value >> 18) & 0x3f));
        } while (i < count);
        return out.toString();
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has MD5", e);
        }
    }
}
