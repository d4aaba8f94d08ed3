package dev.latchkey.adapter.web.page;

import dev.latchkey.application.port.in.session.KeepSessionAliveUseCase;
import dev.latchkey.application.port.in.tenant.FindTenantUseCase;
import dev.latchkey.application.port.in.token.AuthenticateUseCase;
import dev.latchkey.application.port.in.token.CustomerTokens;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.policy.PasswordRule;
import dev.latchkey.domain.tenant.ClientId;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.tenant.TenantName;
import dev.latchkey.domain.token.AccessGrant;
import dev.latchkey.domain.token.TokenKind;
import dev.latchkey.ui.html.StaticTemplates;
import dev.latchkey.ui.html.Templates;
import dev.latchkey.ui.i18n.Language;
import dev.latchkey.ui.i18n.Texts;
import dev.latchkey.ui.view.FormPage;
import dev.latchkey.ui.view.MessagePage;
import dev.latchkey.ui.view.PageFrame;
import dev.latchkey.ui.view.ShopLook;
import gg.jte.models.runtime.JteModel;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What every customer page shares: finding the tenant, the CSRF check, the signed-in customer,
 * the language, the frame around the content, the security headers, and the hand-off of a
 * mailed link's token out of the address bar.
 */
final class PageSupport {

    /** No inline script or style anywhere; forms post only to this origin (and, for sign-in, the shop's return URLs). */
    private static final String POLICY = "default-src 'none'; style-src 'self'; img-src 'self' https:%s; "
            + "script-src 'self'; connect-src 'self'; form-action 'self'%s; frame-ancestors 'none'; base-uri 'none'";
    private static final int MAX_FIELD = 2048;

    final Templates templates = new StaticTemplates();
    final PageCookies cookies;
    private final FindTenantUseCase findTenant;
    private final AuthenticateUseCase authenticate;
    private final KeepSessionAliveUseCase keepSessionAlive;
    private final Clock clock;

    PageSupport(FindTenantUseCase findTenant, AuthenticateUseCase authenticate, KeepSessionAliveUseCase keepSessionAlive,
                boolean secureCookies, Clock clock) {
        this.findTenant = findTenant;
        this.authenticate = authenticate;
        this.keepSessionAlive = keepSessionAlive;
        this.cookies = new PageCookies(secureCookies);
        this.clock = clock;
    }

    interface TenantHandler {
        void handle(Tenant tenant);
    }

    interface SignedInHandler {
        void handle(Tenant tenant, SignedIn customer);
    }

    interface LinkHandler {
        void handle(Tenant tenant, String token);
    }

    /** The signed-in customer of a request, and the grant of the session cookie's token. */
    record SignedIn(CustomerId id, AccessGrant grant) {
    }

    void withTenant(Context ctx, TenantHandler handler) {
        Optional<Tenant> tenant = tenantNamed(ctx.pathParam("tenant"));
        if (tenant.isEmpty()) {
            notFound(ctx);
            return;
        }
        handler.handle(tenant.get());
    }

    private Optional<Tenant> tenantNamed(String name) {
        return TenantName.isValid(name) ? findTenant.find(new TenantName(name)) : Optional.empty();
    }

    /** The tenant of a path {@code /ui/<tenant>/...}, when it exists. */
    private Optional<Tenant> tenantInPath(String path) {
        return tenantPart(path).flatMap(this::tenantNamed);
    }

    void withCheckedForm(Context ctx, TenantHandler handler) {
        withTenant(ctx, tenant -> {
            if (!cookies.csrfValid(ctx)) {
                message(ctx, tenant, 403, t(ctx).get("error.csrf.title"), t(ctx).get("error.csrf.text"), "", "");
                return;
            }
            handler.handle(tenant);
        });
    }

    /**
     * Runs {@code handler} for a signed-in customer whose session was in use within the idle
     * timeout; anyone else goes to the sign-in page and comes back.
     */
    void withCustomer(Context ctx, SignedInHandler handler) {
        withTenant(ctx, tenant -> {
            Optional<SignedIn> customer = signedIn(ctx, tenant).filter(signedIn -> keepSessionAlive.keepAlive(
                    new KeepSessionAliveUseCase.Command(signedIn.grant().session(), PageCookies.IDLE_TIMEOUT))
                    instanceof KeepSessionAliveUseCase.Alive);
            if (customer.isEmpty()) {
                toLogin(ctx, tenant);
                return;
            }
            cookies.keepSession(ctx, tenant.name().value(), cookies.session(ctx).orElseThrow(),
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
        ctx.redirect(base(tenant) + "/login?return_to=" + ctx.path(), HttpStatus.SEE_OTHER);
    }

    Optional<SignedIn> signedIn(Context ctx, Tenant tenant) {
        return cookies.session(ctx).flatMap(token -> signedInWith(token, tenant));
    }

    /** The customer a customer access token of this tenant belongs to, while it is valid. */
    Optional<SignedIn> signedInWith(String accessToken, Tenant tenant) {
        return Optional.of(accessToken)
                .map(authenticate::authenticate)
                .filter(AuthenticateUseCase.Authenticated.class::isInstance)
                .map(result -> ((AuthenticateUseCase.Authenticated) result).grant())
                .filter(grant -> grant.kind() == TokenKind.CUSTOMER && grant.tenant().equals(tenant.name()))
                .map(grant -> new SignedIn(grant.customer().orElseThrow(), grant));
    }

    /** A new session: its cookie and a fresh CSRF token, so nothing planted before carries over. */
    void startSession(Context ctx, Tenant tenant, CustomerTokens tokens) {
        cookies.keepSession(ctx, tenant.name().value(), tokens.accessToken(), Duration.ofSeconds(tokens.expiresIn()));
        cookies.newCsrfToken(ctx, tenant.name().value());
    }

    void endSession(Context ctx, Tenant tenant) {
        cookies.endSession(ctx, tenant.name().value());
        cookies.newCsrfToken(ctx, tenant.name().value());
    }

    /**
     * The language of this request: a {@code ?lang=} from the switcher (remembered from then on),
     * else the one remembered, else the browser's {@code Accept-Language}.
     */
    Texts t(Context ctx) {
        Texts cached = ctx.attribute("lk.texts");
        if (cached != null) {
            return cached;
        }
        Optional<Language> asked = Language.ofTag(ctx.queryParam("lang"));
        asked.ifPresent(language -> tenantPart(ctx.path())
                .ifPresent(tenant -> cookies.chooseLanguage(ctx, tenant, language.code())));
        Language language = asked
                .or(() -> cookies.language(ctx).flatMap(Language::ofTag))
                .orElseGet(() -> Language.ofAcceptLanguage(ctx.header("Accept-Language")));
        Texts texts = Texts.of(language);
        ctx.attribute("lk.texts", texts);
        return texts;
    }

    /** Makes the customer's own language the pages' language from now on, as at sign-in. */
    void useLanguage(Context ctx, Tenant tenant, Language language) {
        cookies.chooseLanguage(ctx, tenant.name().value(), language.code());
        ctx.attribute("lk.texts", Texts.of(language));
    }

    PageFrame frame(Context ctx, Tenant tenant) {
        ShopLook look = new ShopLook(tenant.displayName(), tenant.look().logoUrl().orElse(""),
                tenant.look().supportEmail().orElse(""), ThemeStylesheet.href(tenant));
        return new PageFrame(look, base(tenant), cookies.currentCsrfToken(ctx, tenant.name().value()), t(ctx), ctx.path());
    }

    /**
     * The page policy; for a shop's page it also lets its logo load from where it lives and lets
     * the sign-in redirect to the shop's return URLs, which browsers check against {@code form-action}.
     */
    static String policy(Tenant tenant) {
        String images = tenant.look().logoOrigin().filter(origin -> origin.startsWith("http:"))
                .map(origin -> " " + origin).orElse("");
        String forms = tenant.settings().returnOrigins().stream().map(origin -> " " + origin)
                .reduce("", String::concat);
        return POLICY.formatted(images, forms);
    }

    FormPage emptyForm(Context ctx, Tenant tenant) {
        return FormPage.empty(frame(ctx, tenant));
    }

    void message(Context ctx, Tenant tenant, int status, String title, String text, String href, String linkText) {
        render(ctx, tenant, status, templates.pageMessage(new MessagePage(frame(ctx, tenant), title, text, href, linkText)));
    }

    /** A "Page not found" page: in the shop's frame with a way on when the path names a shop, else a plain one. */
    void notFound(Context ctx) {
        Optional<Tenant> tenant = tenantInPath(ctx.path());
        if (tenant.isPresent()) {
            Texts t = t(ctx);
            message(ctx, tenant.get(), 404, t.get("error.notFound.title"), t.get("error.notFound.text"),
                    base(tenant.get()) + "/login", t.get("login.title"));
            return;
        }
        Texts texts = Texts.of(Language.ofAcceptLanguage(ctx.header("Accept-Language")));
        plainMessage(ctx, texts, 404, texts.get("error.notFound.title"), texts.get("error.notFound.text"));
    }

    /** A plain page, without the shop's look: the look is in the database, which cannot be reached. */
    void unavailable(Context ctx, Duration retryAfter) {
        Texts texts = Texts.of(Language.ofAcceptLanguage(ctx.header("Accept-Language")));
        plainMessage(ctx, texts, 503, texts.get("error.busy.title"), texts.get("error.unavailable.text", wait(texts, retryAfter)));
    }

    private void plainMessage(Context ctx, Texts texts, int status, String title, String text) {
        send(ctx, POLICY.formatted("", ""), status, templates.pageMessage(new MessagePage(
                new PageFrame(ShopLook.plain("Latchkey"), "", "", texts, ctx.path()), title, text, "", "")));
    }

    /** Sends a page of the shop's under its page policy. */
    void render(Context ctx, Tenant tenant, int status, JteModel model) {
        send(ctx, policy(tenant), status, model);
    }

    private static void send(Context ctx, String policy, int status, JteModel model) {
        ctx.header("Content-Security-Policy", policy);
        ctx.header("Cache-Control", "no-store");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Vary", "Cookie, Accept-Language");
        ctx.status(status).html(model.render());
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
                Texts t = t(ctx);
                message(ctx, tenant, 400, t.get("error.linkIncomplete.title"), t.get("error.linkIncomplete.text"), "", "");
                return;
            }
            handler.handle(tenant, token.get());
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
        if (!token.isBlank() && token.length() <= MAX_FIELD) {
            cookies.handOffLinkToken(ctx, ctx.path(), token);
        }
        ctx.redirect(ctx.path(), HttpStatus.SEE_OTHER);
        return true;
    }

    /** Forgets the link token kept for the page at {@code pagePath}, once its form has been sent. */
    void dropLinkToken(Context ctx, String pagePath) {
        cookies.dropLinkToken(ctx, pagePath);
    }

    private static Optional<String> tenantPart(String path) {
        String[] parts = path.split("/", 4);
        return parts.length >= 3 && parts[1].equals("ui") && TenantName.isValid(parts[2]) ? Optional.of(parts[2])
                : Optional.empty();
    }

    static String base(Tenant tenant) {
        return "/ui/" + tenant.name().value();
    }

    static ClientId storefront(Tenant tenant) {
        return new ClientId(tenant.name().value() + "-storefront");
    }

    static String field(Context ctx, String name) {
        String value = ctx.formParam(name);
        if (value == null) {
            return "";
        }
        return value.length() > MAX_FIELD ? value.substring(0, MAX_FIELD) : value;
    }

    static String wait(Texts texts, Duration retryAfter) {
        long seconds = Math.max(1, retryAfter.toSeconds());
        if (seconds < 60) {
            return seconds == 1 ? texts.get("wait.second") : texts.get("wait.seconds", seconds);
        }
        long minutes = (seconds + 59) / 60;
        return minutes == 1 ? texts.get("wait.minute") : texts.get("wait.minutes", minutes);
    }

    static String words(Texts texts, List<PasswordRule> rules) {
        return rules.stream().map(rule -> texts.get("rule." + rule.name())).collect(Collectors.joining(" "));
    }

    static void retryAfter(Context ctx, Duration retryAfter) {
        ctx.header("Retry-After", Long.toString(Math.max(1, retryAfter.toSeconds())));
    }
}
