package dev.latchkey.domain.profile;

import dev.latchkey.domain.profile.InvalidFieldException.Problem;
import java.util.Locale;

/** Whether the customer buys for itself or for a company (whose details go in {@code b2b}). */
public enum CustomerType {
    CUSTOMER,
    COMPANY;

    /** {@code customer} or {@code company}, in any letter case. */
    public static CustomerType parse(String field, String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "customer" -> CUSTOMER;
            case "company" -> COMPANY;
            default -> throw new InvalidFieldException(field, Problem.INVALID_VALUE);
        };
    }

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
