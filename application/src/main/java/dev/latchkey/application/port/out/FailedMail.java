package dev.latchkey.application.port.out;

import dev.latchkey.domain.customer.EmailAddress;
import java.time.Instant;
import java.util.Optional;

/** A mail given up on after its last delivery attempt, with the mail server's last answer. */
public record FailedMail(
        String id,
        EmailAddress recipient,
        String subject,
        int attempts,
        Optional<String> lastError,
        Instant queuedAt) {}
