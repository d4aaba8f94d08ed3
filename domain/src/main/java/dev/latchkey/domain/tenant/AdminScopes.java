package dev.latchkey.domain.tenant;

import java.util.Set;

/** The scopes a service client can hold; the bootstrap admin client holds them all. */
public final class AdminScopes {

    public static final String RESET_PASSWORDS = "write:accounts:/auth/users";
    public static final String READ_CUSTOMERS = "customer.customer_read";
    public static final String MANAGE_CUSTOMERS = "customer.customer_manage";

    public static final Set<String> ALL = Set.of(RESET_PASSWORDS, READ_CUSTOMERS, MANAGE_CUSTOMERS);

    private AdminScopes() {}
}
