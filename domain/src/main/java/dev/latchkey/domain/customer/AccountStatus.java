package dev.latchkey.domain.customer;

/** Where an account stands: waiting for its email confirmation, usable, or blocked by the shop. */
public enum AccountStatus {
    PENDING,
    ACTIVE,
    BLOCKED
}
