package dev.latchkey.domain.profile;

import java.util.Objects;
import java.util.UUID;

/** The id of one address in a customer's address book. */
public record AddressId(UUID value) {

    public AddressId {
        Objects.requireNonNull(value, "value");
    }

    public static AddressId random() {
        return new AddressId(UUID.randomUUID());
    }

    /** The id written in a URL, or empty when the text cannot be an address id. */
    public static java.util.Optional<AddressId> parse(String text) {
        try {
            UUID uuid = UUID.fromString(text);
            return uuid.toString().equalsIgnoreCase(text)
                    ? java.util.Optional.of(new AddressId(uuid))
                    : java.util.Optional.empty();
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
