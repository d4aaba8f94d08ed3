package dev.latchkey.adapter.web.error;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Ends a request with an error body from the catalogue; thrown by parsers and handlers, answered in one place. */
public final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ApiError error;
    private final transient Map<String, String> headers;

    public ApiException(ErrorCode code) {
        this(code, List.of());
    }

    public ApiException(ErrorCode code, List<ApiError.Detail> details) {
        this(ApiError.of(code, details), Map.of());
    }

    public ApiException(ApiError error, Map<String, String> headers) {
        super(error.code() + " " + error.message(), null, false, false);
        this.error = error;
        this.headers = Map.copyOf(headers);
    }

    public static ApiException forField(ErrorCode code, String field, String detailType) {
        return new ApiException(code, List.of(new ApiError.Detail(field, detailType, code.message())));
    }

    /** An error that tells the caller, in a {@code Retry-After} header, how many seconds to wait (rounded up, at least 1). */
    public static ApiException retryAfter(ErrorCode code, Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return new ApiException(ApiError.of(code, List.of()), Map.of("Retry-After", Long.toString(seconds)));
    }

    /** An answer to an outcome that is this error and nothing else. */
    public static Consumer<Object> refusing(ErrorCode code) {
        return outcome -> {
            throw new ApiException(code);
        };
    }

    public ApiError error() {
        return error;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
