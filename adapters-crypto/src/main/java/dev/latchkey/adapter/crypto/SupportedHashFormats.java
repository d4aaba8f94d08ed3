package dev.latchkey.adapter.crypto;

import dev.latchkey.application.port.out.PasswordHashFormats;
import dev.latchkey.domain.credential.PasswordHash;

/** The hashes {@link Argon2PasswordHasher} can check: Argon2 PHC strings and those of {@link ImportedHashes}. */
public final class SupportedHashFormats implements PasswordHashFormats {

    @Override
    public boolean isSupported(PasswordHash hash) {
        String encoded = hash.encoded();
        return encoded.startsWith("$argon2")
                ? Argon2Phc.parse(encoded).isPresent()
                : ImportedHashes.recognises(encoded);
    }
}
