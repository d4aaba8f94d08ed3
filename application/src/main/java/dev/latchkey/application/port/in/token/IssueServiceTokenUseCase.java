package dev.latchkey.application.port.in.token;

import dev.latchkey.domain.tenant.ClientId;
import java.util.Optional;
import java.util.Set;

/** Gives a shop's backend a scoped token for its client id and secret (OAuth client credentials). */
public interface IssueServiceTokenUseCase {

    Result issue(Command command);

    /** @param requestedScopes empty = every scope of the client */
    record Command(ClientId client, String secret, Optional<Set<String>> requestedScopes) {

        @Override
        public String toString() {
            return "Command[client=" + client + "]";
        }
    }

    sealed interface Result {}

    record Issued(String accessToken, long expiresIn, Set<String> scopes) implements Result {}

    record InvalidClient() implements Result {}

    /** The client asked for a scope it does not hold. */
    record InvalidScope(Set<String> notHeld) implements Result {}
}
