package dev.latchkey.application.port.in.session;

import dev.latchkey.domain.token.SessionId;
import java.time.Instant;

/** One live login session as the customer sees it; {@code current} marks the caller's own. */
public record SessionSummary(
        SessionId id, Instant createdAt, Instant lastUsedAt, String userAgent, String ip, boolean current) {}
