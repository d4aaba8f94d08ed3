package dev.latchkey.adapter.web;

import dev.latchkey.adapter.web.error.ApiError;
import dev.latchkey.adapter.web.error.ApiException;
import dev.latchkey.adapter.web.error.ErrorCode;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.time.Duration;
import java.util.List;
import org.eclipse.jetty.http.HttpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Answers every failure with the error body of the catalogue; nothing internal reaches the client. */
final class ErrorResponses {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    private ErrorResponses() {}

    static void api(ApiException e, Context ctx) {
        e.headers().forEach(ctx::header);
        write(ctx, e.error());
    }

    static void http(HttpResponseException e, Context ctx) {
        write(ctx, ApiError.of(codeFor(e.getStatus()), List.of()));
    }

    /** The database cannot be reached just now: {@code 503} with {@code Retry-After}, logged without a stack trace. */
    static void databaseUnavailable(Exception e, Context ctx, Duration retryAfter) {
        LOG.warn(
                "The database cannot be reached on {} {} id={}: {}",
                ctx.method(),
                RequestLog.route(ctx),
                RequestLog.requestId(ctx),
                e.getClass().getSimpleName());
        api(ApiException.retryAfter(ErrorCode.LK500, retryAfter), ctx);
    }

    static void unexpected(Exception e, Context ctx) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpException refused && refused.getCode() >= 400 && refused.getCode() < 500) {
                // Jetty found the request itself malformed (e.g. a broken multipart body): the client's fault.
                write(
                        ctx,
                        ApiError.of(
                                refused.getCode() == 400 ? ErrorCode.LK106 : codeFor(refused.getCode()), List.of()));
                return;
            }
        }
        LOG.error(
                "Unexpected failure on {} {} id={}", ctx.method(), RequestLog.route(ctx), RequestLog.requestId(ctx), e);
        write(ctx, ApiError.of(ErrorCode.ER999, List.of()));
    }

    private static ErrorCode codeFor(int status) {
        return switch (status) {
            case 404 -> ErrorCode.LK301;
            case 405 -> ErrorCode.LK302;
            case 413 -> ErrorCode.LK103;
            case 415 -> ErrorCode.LK303;
            case 401 -> ErrorCode.ER800;
            default -> status >= 500 ? ErrorCode.ER999 : ErrorCode.LK104;
        };
    }

    private static void write(Context ctx, ApiError error) {
        ctx.status(error.status());
        ctx.json(error);
    }
}
