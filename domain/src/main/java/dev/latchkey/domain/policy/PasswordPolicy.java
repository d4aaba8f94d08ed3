package dev.latchkey.domain.policy;

import dev.latchkey.domain.credential.Password;
import dev.latchkey.domain.customer.EmailAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The password policy of NIST SP 800-63B: a length between 8 and 64 characters, any characters,
 * no composition rules, not containing the local part of the customer's own email address, and
 * not on the list of common and breached passwords.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 64;
    private static final int SHORTEST_LOCAL_PART_CHECKED = 3;

    private final CommonPasswords commonPasswords;

    /** A policy without a list of common passwords. */
    public PasswordPolicy() {
        this(CommonPasswords.NONE);
    }

    public PasswordPolicy(CommonPasswords commonPasswords) {
        this.commonPasswords = Objects.requireNonNull(commonPasswords, "commonPasswords");
    }

    /** Every rule the password fails, in a stable order; empty when it passes. */
    public List<PasswordRule> check(Password password, Optional<EmailAddress> email) {
        List<PasswordRule> failed = new ArrayList<>();
        int length = password.length();
        if (length < MIN_LENGTH) {
            failed.add(PasswordRule.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            failed.add(PasswordRule.TOO_LONG);
        }
        email.map(EmailAddress::localPart)
                .filter(local -> local.length() >= SHORTEST_LOCAL_PART_CHECKED)
                .filter(local -> password.value().toLowerCase(Locale.ROOT).contains(local))
                .ifPresent(local -> failed.add(PasswordRule.CONTAINS_EMAIL));
        if (length <= MAX_LENGTH && commonPasswords.contains(password.value())) {
            failed.add(PasswordRule.COMMON_PASSWORD);
        }
        return List.copyOf(failed);
    }

    /** True when the password is too long to be worth hashing: checked before any hash is computed. */
    public boolean isTooLongToHash(Password password) {
        return password.length() > MAX_LENGTH;
    }
}
