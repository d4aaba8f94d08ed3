package dev.latchkey.adapter.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.latchkey.adapter.web.auth.Origins;
import dev.latchkey.adapter.web.error.ApiException;
import dev.latchkey.adapter.web.error.ErrorCode;
import dev.latchkey.adapter.web.page.Pages;
import dev.latchkey.application.port.out.HashingOverloadedException;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import java.time.Duration;
import java.util.List;
import org.eclipse.jetty.server.handler.GracefulHandler;

/** Runs the HTTP server: the filters and error handlers of the HTTP interface, and its routes from {@link Routes}. */
public final class WebAdapter implements AutoCloseable {

    /** How long a client is asked to wait when the database cannot be reached or the server stops: about a failover or a restart. */
    private static final Duration UNAVAILABLE_RETRY_AFTER = Duration.ofSeconds(5);

    private final WebSettings settings;
    private final WebUseCases useCases;
    private final Operations operations;
    private final OperationsEndpoints operationsEndpoints;
    private final ObjectMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // a number in a free object (metadata, mixins, b2b) is kept as sent, not rounded to a double or Infinity
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /**
     * Once the server stops, answers {@code 503} to a request arriving on a connection still open, before any route
     * runs. Without it Jetty handled such a request in full even when the connection's output was already shut (a
     * response committed just before the stop ends that way), so a change could take effect with no answer able to
     * reach the client.
     */
    private final GracefulHandler stopping = new GracefulHandler();

    private final Javalin server;

    public WebAdapter(WebSettings settings, WebUseCases useCases) {
        this(settings, useCases, Operations.none());
    }

    public WebAdapter(WebSettings settings, WebUseCases useCases, Operations operations) {
        this.settings = settings;
        this.useCases = useCases;
        this.operations = operations;
        this.operationsEndpoints = new OperationsEndpoints(operations);
        this.server = Javalin.create(this::configure);
    }

    /** Binds the port and starts serving. */
    public WebAdapter start() {
        server.start();
        return this;
    }

    /** The bound port; the one picked by the system when the settings asked for port 0. */
    public int port() {
        return server.port();
    }

    /** Every route as {@code METHOD path} (filters left out), as Javalin holds them. */
    public List<String> routes() {
        return server.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(endpoint -> endpoint.method.isHttpMethod())
                .map(endpoint -> endpoint.method.name() + " " + endpoint.path)
                .toList();
    }

    /** From now on {@code /health/ready} answers 503, while requests are still served: load balancers stop sending. */
    public void shutdownStarted() {
        operationsEndpoints.shutdownStarted();
    }

    /**
     * Stops taking new requests and lets the ones in flight finish. Requests are refused before the listening
     * socket closes, so none that arrives on a connection about to close is acted on.
     */
    @Override
    public void close() {
        stopping.shutdown();
        server.stop();
    }

    private void configure(JavalinConfig config) {
        config.jetty.host = settings.host();
        config.jetty.port = settings.port();
        config.jetty.modifyServer(server -> {
            server.setStopTimeout(10_000);
            server.setErrorHandler(new JsonErrorHandler(mapper, UNAVAILABLE_RETRY_AFTER));
            server.insertHandler(stopping);
        });
        config.jetty.modifyServletContextHandler(
                context -> context.setErrorHandler(new JsonErrorHandler(mapper, UNAVAILABLE_RETRY_AFTER)));
        config.http.maxRequestSize = settings.maxRequestBytes();
        config.http.prefer405over404 = true;
        config.startup.showJavalinBanner = false;
        config.jsonMapper(new JavalinJackson(mapper, false));
        config.requestLogger.http((ctx, millis) -> RequestLog.log(ctx, millis, operations));

        Handlers handlers = Handlers.of(useCases, settings, mapper, operationsEndpoints);
        Pages pages = handlers.pages();
        var routes = config.routes;
        routes.before(RequestLog::assignId);
        routes.before(WebAdapter::apiHeaders);
        routes.before(ctx -> Origins.resolve(ctx, settings.trustedProxies()));
        Routes.register(routes, handlers, settings.devMailbox());

        routes.exception(ApiException.class, ErrorResponses::api);
        routes.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() == 404 && ctx.path().startsWith("/ui/")) {
                pages.notFound(ctx);
            } else {
                ErrorResponses.http(e, ctx);
            }
        });
        routes.exception(Exception.class, (e, ctx) -> {
            if (MalformedEscapes.in(ctx.req().getRequestURI())) {
                // Javalin decodes the path while it routes, and fails on an escape such as %u002e
                ErrorResponses.api(new ApiException(ErrorCode.LK106), ctx);
            } else if (!operations.databaseUnavailable().test(e)) {
                ErrorResponses.unexpected(e, ctx);
            } else if (ctx.path().startsWith("/ui/")) {
                pages.unavailable(ctx, UNAVAILABLE_RETRY_AFTER);
            } else {
                ErrorResponses.databaseUnavailable(e, ctx, UNAVAILABLE_RETRY_AFTER);
            }
        });
        routes.exception(HashingOverloadedException.class, (e, ctx) -> {
            if (ctx.path().startsWith("/ui/")) {
                pages.overloaded(ctx, e.retryAfter());
            } else {
                ErrorResponses.api(ApiException.retryAfter(ErrorCode.LK500, e.retryAfter()), ctx);
            }
        });
    }

    /** Token answers must never be cached or sniffed; set on every response, pages override what they need. */
    private static void apiHeaders(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.header("Pragma", "no-cache");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    }
}
