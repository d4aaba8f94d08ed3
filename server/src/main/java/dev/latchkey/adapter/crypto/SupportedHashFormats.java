package dev.latchkey.adapter.crypto;

import com.password4j.Argon2Function;
import dev.latchkey.application.port.out.PasswordHashFormats;
import dev.latchkey.domain.credential.PasswordHash;

/** The hashes {@link Argon2PasswordHasher} can check: Argon2 PHC strings and those of {@link ImportedHashes}. */
public final class SupportedHashFormats implements PasswordHashFormats {

    @Override
    public boolean isSupported(PasswordHash hash) {
        String encoded = hash.encoded();
        if (encoded.startsWith("$argon2")) {
            try {
                Argon2Function.getInstanceFromHash(encoded);
                return encoded.split("\\$").length == 6;
            } catch (RuntimeException malformed) {
                return false;
            }
        }
        return ImportedHashes.recognises(encoded);
    }
}
