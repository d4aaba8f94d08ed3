package dev.latchkey.domain.token;

/** The three kinds of bearer token: a storefront before login, a logged-in customer, a shop's backend. */
public enum TokenKind {
    ANONYMOUS,
    CUSTOMER,
    SERVICE
}
