package dev.latchkey.domain.profile;

import java.util.function.Function;

/**
 * What a JSON Merge Patch (RFC 7396) does to one field: leave it as it is (the field was not sent),
 * clear it (sent as {@code null}) or set it to a new value.
 */
public sealed interface Change<T> {

    static <T> Change<T> keep() {
        return new Keep<>();
    }

    static <T> Change<T> clear() {
        return new Clear<>();
    }

    static <T> Change<T> to(T value) {
        return value == null ? new Clear<>() : new To<>(value);
    }

    /** The field's value after the change; {@code cleared} is what a cleared field holds (null or its default). */
    default T applyTo(T current, T cleared) {
        if (this instanceof To<T> to) {
            return to.value();
        }
        return this instanceof Clear<T> ? cleared : current;
    }

    /** Converts a new value (validating it); a value converted to null clears the field. */
    default <R> Change<R> map(Function<T, R> convert) {
        if (this instanceof To<T> to) {
            return Change.to(convert.apply(to.value()));
        }
        return this instanceof Clear<T> ? new Clear<>() : new Keep<>();
    }

    record Keep<T>() implements Change<T> {}

    record Clear<T>() implements Change<T> {}

    record To<T>(T value) implements Change<T> {}
}
