package dev.latchkey.application.fake;

import dev.latchkey.application.port.out.SecretGenerator;
import java.util.ArrayList;
import java.util.List;

/** Hands out predictable, distinct tokens and ids, and remembers every token it made. */
public final class SequenceSecretGenerator implements SecretGenerator {

    private int next = 1;
    private final List<String> tokens = new ArrayList<>();

    @Override
    public String newToken() {
        String token = String.format("token-%040d", next++);
        tokens.add(token);
        return token;
    }

    @Override
    public String newId() {
        return String.format("id-%020d", next++);
    }

    public List<String> tokens() {
        return List.copyOf(tokens);
    }
}
