package dev.latchkey.domain.tenant;

/** A storefront runs in a customer's browser and holds no secret; a service client is a shop's backend with a secret and scopes. */
public enum ClientKind {
    STOREFRONT,
    SERVICE
}
