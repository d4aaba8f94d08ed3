package dev.latchkey.domain.credential;

/** A password hash in its self-describing encoded form (PHC string, e.g. {@code $argon2id$...}). */
public record PasswordHash(String encoded) {

    public PasswordHash {
        if (encoded == null || encoded.isBlank()) {
            throw new IllegalArgumentException("A password hash is required");
        }
    }

    @Override
    public String toString() {
        return "PasswordHash[***]";
    }
}
