package dev.latchkey.domain.policy;

/** A rule of the password policy that a password can fail. */
public enum PasswordRule {
    TOO_SHORT,
    TOO_LONG,
    CONTAINS_EMAIL
}
