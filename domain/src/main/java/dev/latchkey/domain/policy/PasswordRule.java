package dev.latchkey.domain.policy;

/** A rule of the password policy that a password can fail. */
public enum PasswordRule {
    TOO_SHORT,
    TOO_LONG,
    CONTAINS_EMAIL,
    /** On the offline list of common and breached passwords. */
    COMMON_PASSWORD
}
