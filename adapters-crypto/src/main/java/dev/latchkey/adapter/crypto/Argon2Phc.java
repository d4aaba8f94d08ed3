package dev.latchkey.adapter.crypto;

import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * An Argon2 hash in the PHC string form, {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}, with
 * salt and hash in Base64 without padding. Parsing refuses parameters far beyond what anyone uses,
 * so that a planted or imported hash cannot make the server allocate gigabytes or loop for minutes.
 */
record Argon2Phc(int type, int version, int memoryKib, int iterations, int parallelism, byte[] salt, byte[] hash) {

    static final int MAX_MEMORY_KIB = 256 * 1024;
    static final int MAX_ITERATIONS = 64;
    static final int MAX_PARALLELISM = 16;

    private static final Pattern FORM = Pattern.compile(
            "^\\$argon2(id|i|d)\\$(?:v=(16|19)\\$)?m=(\\d{1,9}),t=(\\d{1,4}),p=(\\d{1,3})\\$([A-Za-z0-9+/]{11,88}={0,2})\\$([A-Za-z0-9+/]{6,88}={0,2})$");
    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();

    static Optional<Argon2Phc> parse(String encoded) {
        Matcher form = FORM.matcher(encoded);
        if (!form.matches()) {
            return Optional.empty();
        }
        int memory = Integer.parseInt(form.group(3));
        int iterations = Integer.parseInt(form.group(4));
        int parallelism = Integer.parseInt(form.group(5));
        if (iterations < 1
                || iterations > MAX_ITERATIONS
                || parallelism < 1
                || parallelism > MAX_PARALLELISM
                || memory < 8 * parallelism
                || memory > MAX_MEMORY_KIB) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Argon2Phc(
                    typeOf(form.group(1)),
                    form.group(2) == null ? Argon2Parameters.ARGON2_VERSION_10 : Integer.parseInt(form.group(2)),
                    memory,
                    iterations,
                    parallelism,
                    Base64.getDecoder().decode(form.group(6)),
                    Base64.getDecoder().decode(form.group(7))));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    String encoded() {
        return "$argon2" + typeName() + "$v=" + version + "$m=" + memoryKib + ",t=" + iterations + ",p=" + parallelism
                + "$" + ENCODER.encodeToString(salt) + "$" + ENCODER.encodeToString(hash);
    }

    boolean hasParameters(int type, int version, int memoryKib, int iterations, int parallelism) {
        return this.type == type
                && this.version == version
                && this.memoryKib == memoryKib
                && this.iterations == iterations
                && this.parallelism == parallelism;
    }

    private static int typeOf(String name) {
        return switch (name) {
            case "id" -> Argon2Parameters.ARGON2_id;
            case "i" -> Argon2Parameters.ARGON2_i;
            default -> Argon2Parameters.ARGON2_d;
        };
    }

    private String typeName() {
        return switch (type) {
            case Argon2Parameters.ARGON2_id -> "id";
            case Argon2Parameters.ARGON2_i -> "i";
            default -> "d";
        };
    }
}
