package dev.latchkey.application.port.out;

import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.tenant.TenantName;
import java.util.Objects;

/** A rendered mail: what is queued in the outbox and later delivered. */
public record ComposedMail(
        TenantName tenant, EmailAddress recipient, String subject, String textBody, String htmlBody) {

    public ComposedMail {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(textBody, "textBody");
        Objects.requireNonNull(htmlBody, "htmlBody");
    }
}
