package dev.latchkey.adapter.crypto;

import dev.latchkey.application.port.out.SecretGenerator;
import java.security.SecureRandom;
import java.util.Base64;

/** Secrets from {@link SecureRandom}: 256-bit tokens and 128-bit ids, base64url without padding. */
public final class SecureRandomSecretGenerator implements SecretGenerator {

    private static final int TOKEN_BYTES = 32;
    private static final int ID_BYTES = 16;

    private final SecureRandom random;
    private final Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();

    public SecureRandomSecretGenerator(SecureRandom random) {
        this.random = random;
    }

    @Override
    public String newToken() {
        return encoder.encodeToString(bytes(TOKEN_BYTES));
    }

    @Override
    public String newId() {
        return encoder.encodeToString(bytes(ID_BYTES));
    }

    private byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }
}
