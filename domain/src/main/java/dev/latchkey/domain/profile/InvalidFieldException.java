package dev.latchkey.domain.profile;

/** A profile or address field whose value breaks a rule; names the field so the caller can be told which. */
public final class InvalidFieldException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** What is wrong with the value. */
    public enum Problem {
        INVALID_VALUE,
        TOO_LONG,
        TOO_MANY
    }

    private final String field;
    private final Problem problem;

    public InvalidFieldException(String field, Problem problem) {
        super(field + ": " + problem);
        this.field = field;
        this.problem = problem;
    }

    public String field() {
        return field;
    }

    public Problem problem() {
        return problem;
    }
}
