package dev.latchkey.adapter.web.page;

import dev.latchkey.application.port.in.session.KeepSessionAliveUseCase;
import dev.latchkey.application.port.in.session.SessionUseCases;
import dev.latchkey.application.port.in.tenant.TenantUseCases;
import dev.latchkey.application.port.in.token.AuthenticateUseCase;
import dev.latchkey.application.port.in.token.CustomerTokens;
import dev.latchkey.application.port.in.token.TokenUseCases;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.tenant.TenantName;
import dev.latchkey.domain.token.AccessGrant;
import dev.latchkey.domain.token.LinkToken;
import dev.latchkey.domain.token.TokenKind;
import dev.latchkey.ui.i18n.Language;
import dev.latchkey.ui.i18n.Texts;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * What a page request must pass before its handler runs: the shop in the path, the CSRF token of a
 * form, the signed-in customer and its page session, and the hand-off of a mailed link's token out
 * of the address bar.
 */
final class PageGuard {

    private final TenantUseCases tenants;
    private final TokenUseCases tokens;
    private final SessionUseCases sessions;
    private final PageCookies cookies;
    private final PageRenderer renderer;
    private final PageLanguages languages;
    private final Clock clock;

    PageGuard(
            TenantUseCases tenants,
            TokenUseCases tokens,
            SessionUseCases sessions,
            PageCookies cookies,
            PageRenderer renderer,
            PageLanguages languages,
            Clock clock) {
        this.tenants = tenants;
        this.tokens = tokens;
        this.sessions = sessions;
        this.cookies = cookies;
        this.renderer = renderer;
        this.languages = languages;
        this.clock = clock;
    }

    interface TenantHandler {
        void handle(Tenant tenant);
    }

    interface SignedInHandler {
        void handle(Tenant tenant, SignedIn customer);
    }

    interface LinkHandler {
        void handle(Tenant tenant, LinkToken token);
    }

    /** The signed-in customer of a request, and the grant of the session cookie's token. */
    record SignedIn(CustomerId id, AccessGrant grant) {}

    void withTenant(Context ctx, TenantHandler handler) {
        Optional<Tenant> tenant = tenantNamed(ctx.pathParam("tenant"));
        if (tenant.isEmpty()) {
            notFound(ctx);
            return;
        }
        handler.handle(tenant.get());
    }

    void withCheckedForm(Context ctx, TenantHandler handler) {
        withTenant(ctx, tenant -> {
            if (!cookies.csrfValid(ctx)) {
                Texts t = languages.t(ctx);
                renderer.message(ctx, tenant, 403, t.get("error.csrf.title"), t.get("error.csrf.text"), "", "");
                return;
            }
            handler.handle(tenant);
        });
    }

    /** True when the form's CSRF token matches the browser's: for the script's calls, which answer JSON. */
    boolean csrfValid(Context ctx) {
        return cookies.csrfValid(ctx);
    }

    /**
     * Runs {@code handler} for a signed-in customer whose session was in use within the idle
     * timeout; anyone else goes to the sign-in page and comes back.
     */
    void withCustomer(Context ctx, SignedInHandler handler) {
        withTenant(ctx, tenant -> {
            Optional<SignedIn> customer = signedIn(ctx, tenant)
                    .filter(signedIn -> sessions.keepAlive()
                                    .keepAlive(new KeepSessionAliveUseCase.Command(
                                            signedIn.grant().session(), PageCookies.IDLE_TIMEOUT))
                            instanceof KeepSessionAliveUseCase.Alive);
            if (customer.isEmpty()) {
                toLogin(ctx, tenant);
                return;
            }
            cookies.keepSession(
                    ctx,
                    tenant.name().value(),
                    cookies.session(ctx).orElseThrow(),
                    Duration.between(clock.instant(), customer.get().grant().expiresAt()));
            handler.handle(tenant, customer.get());
        });
    }

    /** {@link #withCustomer} for a form post: the CSRF token is checked first. */
    void withCustomerForm(Context ctx, SignedInHandler handler) {
        withCheckedForm(ctx, tenant -> withCustomer(ctx, handler));
    }

    void toLogin(Context ctx, Tenant tenant) {
        cookies.endSession(ctx, tenant.name().value());
        ctx.redirect(PagePaths.base(tenant) + "/login?return_to=" + ctx.path(), HttpStatus.SEE_OTHER);
    }

    Optional<SignedIn> signedIn(Context ctx, Tenant tenant) {
        return cookies.session(ctx).flatMap(token -> signedInWith(token, tenant));
    }

    /** The customer a customer access token of this tenant belongs to, while it is valid. */
    private Optional<SignedIn> signedInWith(String accessToken, Tenant tenant) {
        return Optional.of(accessToken)
                .map(tokens.authenticate()::authenticate)
                .filter(AuthenticateUseCase.Authenticated.class::isInstance)
                .map(result -> ((AuthenticateUseCase.Authenticated) result).grant())
                .filter(grant ->
                        grant.kind() == TokenKind.CUSTOMER && grant.tenant().equals(tenant.name()))
                .map(grant -> new SignedIn(grant.customer().orElseThrow(), grant));
    }

    /**
     * A new page session: its cookie, a fresh CSRF token, so nothing planted before carries over, and the
     * customer's own language from now on.
     */
    void startSession(Context ctx, Tenant tenant, CustomerTokens tokens) {
        cookies.keepSession(ctx, tenant.name().value(), tokens.accessToken(), Duration.ofSeconds(tokens.expiresIn()));
        cookies.newCsrfToken(ctx, tenant.name().value());
        Language.ofTag(tokens.preferredLanguage()).ifPresent(language -> languages.useLanguage(ctx, tenant, language));
    }

    void endSession(Context ctx, Tenant tenant) {
        cookies.endSession(ctx, tenant.name().value());
        cookies.newCsrfToken(ctx, tenant.name().value());
    }

    /**
     * A page a mailed link opens: the token of {@code ?token=} is handed off (see
     * {@link #handedOffLinkToken}), then the page is shown with the token kept for it, or, without
     * one, a "link incomplete" message.
     */
    void withLinkToken(Context ctx, LinkHandler handler) {
        withTenant(ctx, tenant -> {
            if (handedOffLinkToken(ctx)) {
                return;
            }
            Optional<String> token = cookies.linkToken(ctx);
            if (token.isEmpty()) {
                Texts t = languages.t(ctx);
                renderer.message(
                        ctx,
                        tenant,
                        400,
                        t.get("error.linkIncomplete.title"),
                        t.get("error.linkIncomplete.text"),
                        "",
                        "");
                return;
            }
            handler.handle(tenant, new LinkToken(token.get()));
        });
    }

    /**
     * A mailed link arrives as {@code ?token=}: the token goes into a cookie for this page only and
     * the browser is sent to the same page without it, so the token is out of the address bar,
     * the history and any later request before the page loads anything. True when it redirected.
     */
    private boolean handedOffLinkToken(Context ctx) {
        String token = ctx.queryParam("token");
        if (token == null) {
            return false;
        }
        if (!token.isBlank() && token.length() <= PagePaths.MAX_FIELD) {
            cookies.handOffLinkToken(ctx, ctx.path(), token);
        }
        ctx.redirect(ctx.path(), HttpStatus.SEE_OTHER);
        return true;
    }

    /** The link token a page's form sent back, when it can be one at all. */
    static Optional<LinkToken> linkTokenOf(Context ctx) {
        String text = PagePaths.field(ctx, "token");
        return LinkToken.isValid(text) ? Optional.of(new LinkToken(text)) : Optional.empty();
    }

    /** Forgets the link token kept for the page at {@code pagePath}, once its form has been sent. */
    void dropLinkToken(Context ctx, String pagePath) {
        cookies.dropLinkToken(ctx, pagePath);
    }

    /** A "Page not found" page: in the shop's frame with a way on when the path names a shop, else a plain one. */
    void notFound(Context ctx) {
        Optional<Tenant> tenant = PagePaths.tenantPart(ctx.path()).flatMap(this::tenantNamed);
        if (tenant.isPresent()) {
            Texts t = languages.t(ctx);
            renderer.message(
                    ctx,
                    tenant.get(),
                    404,
                    t.get("error.notFound.title"),
                    t.get("error.notFound.text"),
                    PagePaths.base(tenant.get()) + "/login",
                    t.get("login.title"));
            return;
        }
        Texts texts = PageLanguages.ofBrowser(ctx);
        renderer.plainMessage(ctx, texts, 404, texts.get("error.notFound.title"), texts.get("error.notFound.text"));
    }

    /** Too many passwords are being checked at once: nothing changed, the customer tries again shortly. */
    void overloaded(Context ctx, Duration retryAfter) {
        PageRenderer.retryAfter(ctx, retryAfter);
        withTenant(ctx, tenant -> {
            Texts t = languages.t(ctx);
            renderer.message(
                    ctx,
                    tenant,
                    503,
                    t.get("error.busy.title"),
                    t.get("error.busy.text", PageLanguages.wait(t, retryAfter)),
                    "",
                    "");
        });
    }

    private Optional<Tenant> tenantNamed(String name) {
        return TenantName.isValid(name) ? tenants.find().find(new TenantName(name)) : Optional.empty();
    }
}
