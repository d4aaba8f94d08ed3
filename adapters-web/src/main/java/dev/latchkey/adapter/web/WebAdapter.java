package dev.latchkey.adapter.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.latchkey.adapter.web.api.password.AdminPasswordApi;
import dev.latchkey.adapter.web.api.password.PasswordApi;
import dev.latchkey.adapter.web.api.admin.CustomerAdminApi;
import dev.latchkey.adapter.web.api.admin.MailAdminApi;
import dev.latchkey.adapter.web.api.account.AccountApi;
import dev.latchkey.adapter.web.api.account.InternalLoginApi;
import dev.latchkey.adapter.web.api.address.AddressApi;
import dev.latchkey.adapter.web.api.profile.ProfileApi;
import dev.latchkey.adapter.web.api.email.EmailChangeApi;
import dev.latchkey.adapter.web.api.session.SessionsApi;
import dev.latchkey.adapter.web.api.signup.SignupApi;
import dev.latchkey.adapter.web.api.token.AnonymousLoginApi;
import dev.latchkey.adapter.web.api.token.CustomerLoginApi;
import dev.latchkey.adapter.web.api.token.JwksApi;
import dev.latchkey.adapter.web.api.token.OAuthTokenApi;
import dev.latchkey.adapter.web.auth.BearerAuth;
import dev.latchkey.adapter.web.auth.Origins;
import dev.latchkey.adapter.web.auth.Tenants;
import dev.latchkey.adapter.web.docs.ApiDocs;
import dev.latchkey.adapter.web.error.ApiException;
import dev.latchkey.adapter.web.error.ErrorCode;
import dev.latchkey.adapter.web.page.CustomerPages;
import dev.latchkey.adapter.web.page.DevMailboxPage;
import dev.latchkey.application.port.out.HashingOverloadedException;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import java.time.Duration;
import java.util.List;
import org.eclipse.jetty.server.handler.GracefulHandler;

/** Registers every route, filter and error handler of the HTTP interface in one place, and runs the HTTP server. */
public final class WebAdapter implements AutoCloseable {

    /** How long a client is asked to wait when the database cannot be reached or the server stops: about a failover or a restart. */
    private static final Duration UNAVAILABLE_RETRY_AFTER = Duration.ofSeconds(5);
    private static final String PAGE_POLICY = "default-src 'none'; style-src 'self'; img-src 'self' https:; "
            + "script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private final WebSettings settings;
    private final WebUseCases useCases;
    private final Operations operations;
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
        config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new JsonErrorHandler(mapper, UNAVAILABLE_RETRY_AFTER)));
        config.http.maxRequestSize = settings.maxRequestBytes();
        config.http.prefer405over404 = true;
        config.startup.showJavalinBanner = false;
        config.jsonMapper(new JavalinJackson(mapper, false));
        config.requestLogger.http((ctx, millis) -> RequestLog.log(ctx, millis, operations));

        Tenants tenants = new Tenants(useCases.findTenant());
        BearerAuth auth = new BearerAuth(useCases.authenticate());
        var anonymousLogin = new AnonymousLoginApi(useCases.issueAnonymousToken());
        var oauth = new OAuthTokenApi(useCases.issueServiceToken());
        var customerLogin = new CustomerLoginApi(tenants, auth, mapper, useCases.login(), useCases.refreshTokens(),
                useCases.logout());
        var jwks = new JwksApi(useCases.publicKeys());
        var signup = new SignupApi(tenants, auth, mapper, useCases.signUp(), useCases.confirmSignup(),
                useCases.resendActivation());
        var password = new PasswordApi(tenants, auth, mapper, useCases.requestPasswordReset(), useCases.resetPassword(),
                useCases.changePassword(), useCases.validatePassword());
        var adminPassword = new AdminPasswordApi(tenants, auth, mapper, useCases.triggerPasswordReset(),
                useCases.setPassword());

        var routes = config.routes;
        routes.before(RequestLog::assignId);
        routes.before(WebAdapter::apiHeaders);
        routes.before(ctx -> Origins.resolve(ctx, settings.trustedProxies()));
        new OperationsEndpoints(operations).register(routes);
        routes.get("/customerlogin/auth/anonymous/login", anonymousLogin::login);
        routes.post("/oauth/token", oauth::token);
        routes.post("/customer/{tenant}/login", customerLogin::login);
        routes.get("/customer/{tenant}/refreshauthtoken", customerLogin::refresh);
        routes.get("/customer/{tenant}/logout", customerLogin::logout);
        routes.get("/customer/{tenant}/.well-known/jwks.json", jwks::keys);
        routes.post("/customer/{tenant}/signup", signup::signUp);
        routes.get("/customer/{tenant}/signup/optin/{token}", signup::confirm);
        routes.post("/customer/{tenant}/signup/optin/refresh_token", signup::resend);
        routes.post("/customer/{tenant}/password/reset", password::requestReset);
        routes.post("/customer/{tenant}/password/reset/update", password::reset);
        routes.post("/customer/{tenant}/password/change", password::change);
        routes.post("/customer/{tenant}/password/validate", password::validate);
        routes.post("/v1/accounts/{tenant}/customers/change_password", adminPassword::triggerReset);
        routes.put("/admin/{tenant}/customers/{id}/password", adminPassword::setPassword);
        var emailChange = new EmailChangeApi(tenants, auth, mapper, useCases.requestEmailChange(),
                useCases.confirmEmailChange(), useCases.undoEmailChange());
        var account = new AccountApi(tenants, auth, useCases.requestAccountDeletion(), useCases.deleteAccount(),
                useCases.listSecurityEvents(), useCases.exportAccount(), mapper);
        var profile = new ProfileApi(tenants, auth, mapper, useCases.getProfile(), useCases.updateProfile());
        var addresses = new AddressApi(tenants, auth, mapper, useCases.addAddress(), useCases.listAddresses(),
                useCases.getAddress(), useCases.updateAddress(), useCases.deleteAddress(), useCases.changeAddressTags());
        var sessions = new SessionsApi(tenants, auth, useCases.listSessions(), useCases.endSession(), useCases.endOtherSessions());
        routes.post("/customer/{tenant}/me/accounts/internal/email/change", emailChange::request);
        routes.post("/customer/{tenant}/me/accounts/internal/email/change/confirm", emailChange::confirm);
        routes.post("/customer/{tenant}/me/accounts/internal/email/change/undo", emailChange::undo);
        routes.get("/customer/{tenant}/me", profile::get);
        routes.patch("/customer/{tenant}/me", profile::patch);
        routes.delete("/customer/{tenant}/me", account::delete);
        var internalLogin = new InternalLoginApi(tenants, auth, mapper, useCases.addInternalLogin());
        routes.post("/customer/{tenant}/me/accounts/internal", internalLogin::add);
        routes.post("/customer/{tenant}/me/addresses", addresses::add);
        routes.get("/customer/{tenant}/me/addresses", addresses::list);
        routes.get("/customer/{tenant}/me/addresses/{id}", addresses::get);
        routes.patch("/customer/{tenant}/me/addresses/{id}", addresses::update);
        routes.delete("/customer/{tenant}/me/addresses/{id}", addresses::delete);
        routes.post("/customer/{tenant}/me/addresses/{id}/tags", addresses::addTags);
        routes.delete("/customer/{tenant}/me/addresses/{id}/tags", addresses::removeTags);
        routes.get("/customer/{tenant}/me/events", account::events);
        routes.get("/customer/{tenant}/me/export", account::export);
        routes.get("/customer/{tenant}/me/sessions", sessions::list);
        routes.delete("/customer/{tenant}/me/sessions", sessions::endOthers);
        routes.delete("/customer/{tenant}/me/sessions/{id}", sessions::end);
        if (settings.devMailbox()) {
            var mailbox = new DevMailboxPage(useCases.mailbox());
            routes.get("/dev/mailbox", ctx -> {
                if (ctx.header(Origins.X_FORWARDED_FOR) != null || ctx.header("Forwarded") != null) {
                    // Passed on by a proxy, so from another machine even when the proxy runs on this one.
                    throw new ApiException(ErrorCode.LK301);
                }
                pageHeaders(ctx);
                mailbox.show(ctx);
            });
        }
        var pages = new CustomerPages(useCases, mapper, settings.secureCookies(), settings.clock());
        pages.register(routes);
        var customerAdmin = new CustomerAdminApi(tenants, auth, useCases.listCustomers(), useCases.getCustomer(),
                useCases.blockCustomer(), useCases.unblockCustomer(), useCases.deleteCustomer());
        routes.get("/admin/{tenant}/customers", customerAdmin::list);
        routes.get("/admin/{tenant}/customers/{id}", customerAdmin::get);
        routes.delete("/admin/{tenant}/customers/{id}", customerAdmin::delete);
        routes.post("/admin/{tenant}/customers/{id}/block", customerAdmin::block);
        routes.post("/admin/{tenant}/customers/{id}/unblock", customerAdmin::unblock);
        routes.get("/admin/{tenant}/mails/failed", new MailAdminApi(tenants, auth, useCases.failedMails())::failed);

        var apiDocs = new ApiDocs();
        routes.get("/openapi.json", apiDocs::document);
        routes.get("/docs", apiDocs::page);
        routes.get("/docs/docs.js", apiDocs::initializer);
        routes.get("/docs/swagger-ui/{file}", apiDocs::asset);

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
            } else if (!operations.isDatabaseUnavailable(e)) {
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

    private static void pageHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", PAGE_POLICY);
    }
}
