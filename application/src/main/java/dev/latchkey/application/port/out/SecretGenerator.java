package dev.latchkey.application.port.out;

/** Makes unguessable secrets: tokens, client secrets and identifiers. */
public interface SecretGenerator {

    /** A URL-safe random token of at least 256 bits. */
    String newToken();

    /** A URL-safe random identifier of at least 128 bits, for ids that are not secrets. */
    String newId();
}
