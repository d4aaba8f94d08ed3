package dev.latchkey.adapter.web.outcome;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Answers the outcome of a use case, one branch per kind of outcome of its sealed result:
 * {@code Outcomes.of(LoginUseCase.Result.class, result).on(LoggedIn.class, ...).on(...).answer()}.
 * {@link #answer} first checks that every kind the sealed result permits has a branch, so a new kind
 * of outcome fails every test that reaches the handler instead of being answered by a catch-all.
 */
public final class Outcomes<R> {

    private static final ClassValue<Set<Class<?>>> KINDS = new ClassValue<>() {
        @Override
        protected Set<Class<?>> computeValue(Class<?> sealed) {
            return kindsOf(sealed);
        }
    };

    private final Class<R> sealed;
    private final R result;
    private final List<Branch<? extends R, ?>> branches = new ArrayList<>();

    private Outcomes(Class<R> sealed, R result) {
        if (!sealed.isSealed()) {
            throw new IllegalArgumentException(sealed.getName() + " is not sealed");
        }
        this.sealed = sealed;
        this.result = result;
    }

    public static <R> Outcomes<R> of(Class<R> sealed, R result) {
        return new Outcomes<>(sealed, result);
    }

    /** The same for an outcome that becomes a value: {@code Outcomes.valueOf(...).on(...).value()}. */
    public static <R, V> Valued<R, V> valueOf(Class<R> sealed, R result) {
        return new Valued<>(new Outcomes<>(sealed, result));
    }

    /** The branch for outcomes of {@code kind} (a permitted record, or a sealed group of them). */
    public <T extends R> Outcomes<R> on(Class<T> kind, Consumer<? super T> answer) {
        branches.add(new Branch<T, Object>(kind, outcome -> {
            answer.accept(outcome);
            return null;
        }));
        return this;
    }

    /** Runs the branch of this outcome, once every kind of outcome is known to have one. */
    public void answer() {
        run();
    }

    private Object run() {
        List<String> missing = KINDS.get(sealed).stream()
                .filter(kind ->
                        branches.stream().noneMatch(branch -> branch.kind().isAssignableFrom(kind)))
                .map(Class::getSimpleName)
                .sorted()
                .toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("No answer for the outcomes " + missing + " of " + sealed.getName());
        }
        return branches.stream()
                .filter(branch -> branch.kind().isInstance(result))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No answer for " + result))
                .apply(result);
    }

    private static Set<Class<?>> kindsOf(Class<?> type) {
        if (!type.isSealed()) {
            return Set.of(type);
        }
        return Arrays.stream(type.getPermittedSubclasses())
                .flatMap(permitted -> kindsOf(permitted).stream())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Outcomes whose branches each give a value. */
    public static final class Valued<R, V> {

        private final Outcomes<R> outcomes;

        private Valued(Outcomes<R> outcomes) {
            this.outcomes = outcomes;
        }

        public <T extends R> Valued<R, V> on(Class<T> kind, Function<? super T, ? extends V> value) {
            outcomes.branches.add(new Branch<T, V>(kind, value));
            return this;
        }

        /** The value of this outcome's branch, once every kind of outcome is known to have one. */
        @SuppressWarnings("unchecked")
        public V value() {
            return (V) outcomes.run();
        }
    }

    private record Branch<T, V>(Class<T> kind, Function<? super T, ? extends V> answer) {

        V apply(Object outcome) {
            return answer.apply(kind.cast(outcome));
        }
    }
}
