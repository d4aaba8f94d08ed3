package dev.latchkey.application.fake;

import dev.latchkey.application.port.out.LoginSessionRepository;
import dev.latchkey.domain.credential.TokenHash;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.token.LoginSession;
import dev.latchkey.domain.token.RefreshToken;
import dev.latchkey.domain.token.SessionId;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Login sessions and refresh tokens in maps; revoking a session ends its access grants and refresh tokens. */
public final class InMemoryLoginSessionRepository implements LoginSessionRepository, Transactional {

    private final InMemoryAccessGrantRepository grants;
    private final Map<SessionId, LoginSession> sessions = new LinkedHashMap<>();
    private final Map<TokenHash, RefreshToken> refreshTokens = new LinkedHashMap<>();

    public InMemoryLoginSessionRepository(InMemoryAccessGrantRepository grants) {
        this.grants = grants;
    }

    @Override
    public void add(LoginSession session) {
        if (sessions.putIfAbsent(session.id(), session) != null) {
            throw new IllegalStateException("Duplicate session " + session.id());
        }
    }

    @Override
    public Optional<LoginSession> find(SessionId id) {
        return Optional.ofNullable(sessions.get(id));
    }

    @Override
    public void markUsed(SessionId id, Instant when) {
        sessions.computeIfPresent(
                id,
                (key, s) -> new LoginSession(
                        s.id(),
                        s.tenant(),
                        s.customer(),
                        s.client(),
                        s.createdAt(),
                        when,
                        s.userAgent(),
                        s.ip(),
                        s.revokedAt()));
    }

    @Override
    public void revoke(SessionId id, Instant when) {
        sessions.computeIfPresent(
                id,
                (key, s) -> s.isRevoked()
                        ? s
                        : new LoginSession(
                                s.id(),
                                s.tenant(),
                                s.customer(),
                                s.client(),
                                s.createdAt(),
                                s.lastUsedAt(),
                                s.userAgent(),
                                s.ip(),
                                Optional.of(when)));
        grants.removeSession(id);
        refreshTokens.values().removeIf(token -> token.session().equals(id));
    }

    @Override
    public void revokeAllOf(CustomerId customer, Optional<SessionId> keep, Instant when) {
        List.copyOf(sessions.values()).stream()
                .filter(session -> session.customer().equals(customer) && !session.isRevoked())
                .filter(session -> keep.map(kept -> !kept.equals(session.id())).orElse(true))
                .forEach(session -> revoke(session.id(), when));
    }

    @Override
    public void addRefreshToken(RefreshToken token) {
        if (refreshTokens.putIfAbsent(token.tokenHash(), token) != null) {
            throw new IllegalStateException("Duplicate refresh token hash " + token.tokenHash());
        }
    }

    @Override
    public Optional<RefreshToken> findRefreshToken(TokenHash tokenHash) {
        return Optional.ofNullable(refreshTokens.get(tokenHash));
    }

    @Override
    public boolean rotate(TokenHash tokenHash, Instant when) {
        RefreshToken token = refreshTokens.get(tokenHash);
        if (token == null || token.wasRotated()) {
            return false;
        }
        refreshTokens.put(
                tokenHash,
                new RefreshToken(
                        token.tokenHash(), token.session(), token.issuedAt(), token.expiresAt(), Optional.of(when)));
        return true;
    }

    @Override
    public List<LoginSession> liveSessionsOf(CustomerId customer) {
        return sessions.values().stream()
                .filter(session -> session.customer().equals(customer) && !session.isRevoked())
                .sorted(Comparator.comparing(LoginSession::createdAt).reversed())
                .toList();
    }

    /** What deleting the customer does to its sessions and their tokens (see {@code CustomerRepository#delete}). */
    void removeCustomer(CustomerId customer) {
        List<SessionId> owned = sessions.values().stream()
                .filter(s -> s.customer().equals(customer))
                .map(LoginSession::id)
                .toList();
        owned.forEach(id -> {
            sessions.remove(id);
            grants.removeSession(id);
        });
        refreshTokens.values().removeIf(token -> owned.contains(token.session()));
    }

    @Override
    public Runnable snapshot() {
        Runnable sessionsThen = Transactional.copy(sessions);
        Runnable refreshTokensThen = Transactional.copy(refreshTokens);
        return () -> {
            sessionsThen.run();
            refreshTokensThen.run();
        };
    }

    public List<LoginSession> all() {
        return List.copyOf(sessions.values());
    }

    /** The session; fails the test when there is none. */
    public LoginSession get(SessionId id) {
        return find(id).orElseThrow(() -> new AssertionError("No session " + id));
    }
}
