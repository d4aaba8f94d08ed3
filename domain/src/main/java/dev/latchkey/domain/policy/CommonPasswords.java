package dev.latchkey.domain.policy;

/**
 * A list of passwords that are too common, or known from breaches, to protect an account. The
 * policy asks it about a password already normalised with NFKC; the list decides how it compares.
 */
@FunctionalInterface
public interface CommonPasswords {

    /** A list that knows no password: the policy checks only length and the email. */
    CommonPasswords NONE = password -> false;

    boolean contains(String password);
}
