package dev.latchkey.adapter.web.error;

import java.util.List;

/** The error body of every failed call. */
public record ApiError(int status, String type, String code, String message, String solution, List<Detail> details) {

    /** One problem with one field; {@code field} is empty when the problem is not about a field. */
    public record Detail(String field, String type, String message) {}

    public static ApiError of(ErrorCode code, List<Detail> details) {
        return new ApiError(
                code.status(), code.type(), code.name(), code.message(), code.solution(), List.copyOf(details));
    }
}
