package dev.latchkey.domain.customer;

import java.util.Objects;
import java.util.UUID;

/** The internal, never-reused identifier of a customer. */
public record CustomerId(UUID value) {

    public CustomerId {
        Objects.requireNonNull(value, "value");
    }

    public static CustomerId parse(String text) {
        return new CustomerId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
