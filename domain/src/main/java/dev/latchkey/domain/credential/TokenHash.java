package dev.latchkey.domain.credential;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** The SHA-256 of a token or secret, in hex: what is kept at rest instead of the token itself. */
public record TokenHash(String hex) {

    private static final Pattern SHAPE = Pattern.compile("^[0-9a-f]{64}$");

    public TokenHash {
        if (hex == null || !SHAPE.matcher(hex).matches()) {
            throw new IllegalArgumentException("A token hash is 64 lower-case hex digits");
        }
    }

    public static TokenHash of(String token) {
        return new TokenHash(HexFormat.of().formatHex(sha256(token)));
    }

    /** Compares the hash of {@code candidate} with this one in constant time. */
    public boolean matches(String candidate) {
        if (candidate == null) {
            return false;
        }
        return MessageDigest.isEqual(sha256(candidate), HexFormat.of().parseHex(hex));
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "TokenHash[" + hex.substring(0, 8) + "...]";
    }
}
