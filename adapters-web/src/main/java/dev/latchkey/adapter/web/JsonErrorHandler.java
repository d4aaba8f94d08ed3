package dev.latchkey.adapter.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.latchkey.adapter.web.error.ApiError;
import dev.latchkey.adapter.web.error.ErrorCode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the requests Jetty refuses before any route sees them (a CR in a header, headers or an
 * address too long, a path that cannot be decoded, a request arriving while the server stops) with the
 * error body of the catalogue instead of Jetty's HTML page. Jetty's own {@code 503} means the server is
 * stopping: the answer asks to retry later and closes the connection.
 */
final class JsonErrorHandler extends ErrorHandler {

    private final ObjectMapper mapper;
    private final Duration retryAfter;

    JsonErrorHandler(ObjectMapper mapper, Duration retryAfter) {
        this.mapper = mapper;
        this.retryAfter = retryAfter;
    }

    /** Jetty writes no page for some methods (PATCH, PUT, DELETE); the API answers every method alike. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(
            Request request, Response response, int status, String message, Throwable cause, Callback callback)
            throws IOException {
        byte[] body = mapper.writeValueAsBytes(ApiError.of(codeFor(status), List.of()));
        response.setStatus(codeFor(status).status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        if (status == HttpStatus.SERVICE_UNAVAILABLE_503) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, Long.toString(retryAfter.toSeconds()));
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
        }
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    private static ErrorCode codeFor(int status) {
        return switch (status) {
            case 404 -> ErrorCode.LK301;
            case 405 -> ErrorCode.LK302;
            case 413 -> ErrorCode.LK103;
            case 414 -> ErrorCode.LK107;
            case 415 -> ErrorCode.LK303;
            case 431 -> ErrorCode.LK108;
            case 503 -> ErrorCode.LK500;
            default -> status >= 500 ? ErrorCode.ER999 : ErrorCode.LK106;
        };
    }
}
