package dev.latchkey.application.service.email;

import dev.latchkey.domain.customer.EmailAddress;
import java.util.Optional;

/**
 * What an email-change token carries: the new address, and whether the contact email follows it.
 * Stored as the address, prefixed with {@value #CONTACT_PREFIX} when it does (an address never holds a colon).
 */
record EmailChangePayload(EmailAddress newEmail, boolean syncContactEmail) {

    private static final String CONTACT_PREFIX = "contact:";

    String encoded() {
        return syncContactEmail ? CONTACT_PREFIX + newEmail.value() : newEmail.value();
    }

    static Optional<EmailChangePayload> decode(String payload) {
        boolean sync = payload.startsWith(CONTACT_PREFIX);
        String address = sync ? payload.substring(CONTACT_PREFIX.length()) : payload;
        return EmailAddress.isValid(address)
                ? Optional.of(new EmailChangePayload(new EmailAddress(address), sync))
                : Optional.empty();
    }
}
