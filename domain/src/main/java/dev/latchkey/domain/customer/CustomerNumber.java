package dev.latchkey.domain.customer;

/** The human-friendly number a shop shows its customer; unique within a tenant. */
public record CustomerNumber(String value) {

    public CustomerNumber {
        if (value == null || value.isBlank() || value.length() > 64) {
            throw new IllegalArgumentException("A customer number is 1 to 64 characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
