package dev.latchkey.application.fake;

import dev.latchkey.application.port.out.AccessGrantRepository;
import dev.latchkey.domain.credential.TokenHash;
import dev.latchkey.domain.tenant.ClientId;
import dev.latchkey.domain.token.AccessGrant;
import dev.latchkey.domain.token.SessionId;
import dev.latchkey.domain.token.TokenKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Access grants under their token hashes. */
public final class InMemoryAccessGrantRepository implements AccessGrantRepository, Transactional {

    private final Map<TokenHash, AccessGrant> grants = new LinkedHashMap<>();

    @Override
    public void add(AccessGrant grant) {
        if (grants.putIfAbsent(grant.tokenHash(), grant) != null) {
            throw new IllegalStateException("Duplicate token hash " + grant.tokenHash());
        }
    }

    @Override
    public Optional<AccessGrant> find(TokenHash tokenHash) {
        return Optional.ofNullable(grants.get(tokenHash));
    }

    @Override
    public int removeServiceGrantsOf(ClientId client) {
        int before = grants.size();
        grants.values()
                .removeIf(grant ->
                        grant.kind() == TokenKind.SERVICE && grant.client().equals(client));
        return before - grants.size();
    }

    /** What revoking a session does to its access tokens (see {@code LoginSessionRepository#revoke}). */
    void removeSession(SessionId session) {
        grants.values().removeIf(grant -> grant.session().equals(session));
    }

    @Override
    public Runnable snapshot() {
        return Transactional.copy(grants);
    }

    public List<AccessGrant> all() {
        return List.copyOf(grants.values());
    }
}
