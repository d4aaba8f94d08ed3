package dev.latchkey.adapter.web.page;

import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.ui.html.StaticTemplates;
import dev.latchkey.ui.html.Templates;
import dev.latchkey.ui.i18n.Texts;
import dev.latchkey.ui.view.FormPage;
import dev.latchkey.ui.view.MessagePage;
import dev.latchkey.ui.view.PageFrame;
import dev.latchkey.ui.view.ShopLook;
import gg.jte.models.runtime.JteModel;
import io.javalin.http.Context;
import java.time.Duration;

/** Sends the pages: the shop's frame around each, the headers every page carries and the one page policy. */
final class PageRenderer {

    /** No inline script or style anywhere; forms post only to this origin (and, for sign-in, the shop's return URLs). */
    private static final String POLICY = "default-src 'none'; style-src 'self'; img-src 'self' https:%s; "
            + "script-src 'self'; connect-src 'self'; form-action 'self'%s; frame-ancestors 'none'; base-uri 'none'";

    private final Templates templates = new StaticTemplates();
    private final PageCookies cookies;
    private final PageLanguages languages;

    PageRenderer(PageCookies cookies, PageLanguages languages) {
        this.cookies = cookies;
        this.languages = languages;
    }

    Templates templates() {
        return templates;
    }

    PageFrame frame(Context ctx, Tenant tenant) {
        ShopLook look = new ShopLook(
                tenant.displayName(),
                tenant.look().logoUrl().orElse(""),
                tenant.look().supportEmail().orElse(""),
                ThemeStylesheet.href(tenant));
        return new PageFrame(
                look,
                PagePaths.base(tenant),
                cookies.currentCsrfToken(ctx, tenant.name().value()),
                languages.t(ctx),
                ctx.path());
    }

    FormPage emptyForm(Context ctx, Tenant tenant) {
        return FormPage.empty(frame(ctx, tenant));
    }

    /** Sends a page of the shop's under its page policy. */
    void render(Context ctx, Tenant tenant, int status, JteModel model) {
        send(ctx, policy(tenant), status, model);
    }

    void message(Context ctx, Tenant tenant, int status, String title, String text, String href, String linkText) {
        render(
                ctx,
                tenant,
                status,
                templates.pageMessage(new MessagePage(frame(ctx, tenant), title, text, href, linkText)));
    }

    /** A plain page, without a shop's look: for a path that names no shop, or while the shops cannot be read. */
    void plainMessage(Context ctx, Texts texts, int status, String title, String text) {
        plain(
                ctx,
                status,
                templates.pageMessage(new MessagePage(
                        new PageFrame(ShopLook.plain("Latchkey"), "", "", texts, ctx.path()), title, text, "", "")));
    }

    /** A page of no shop's, under the page policy. */
    void plain(Context ctx, int status, JteModel model) {
        send(ctx, POLICY.formatted("", ""), status, model);
    }

    /** The database cannot be reached just now: a plain page, since the shop's look is in the database. */
    void unavailable(Context ctx, Duration retryAfter) {
        retryAfter(ctx, retryAfter);
        Texts texts = PageLanguages.ofBrowser(ctx);
        plainMessage(
                ctx,
                texts,
                503,
                texts.get("error.busy.title"),
                texts.get("error.unavailable.text", PageLanguages.wait(texts, retryAfter)));
    }

    /**
     * The page policy; for a shop's page it also lets its logo load from where it lives and lets
     * the sign-in redirect to the shop's return URLs, which browsers check against {@code form-action}.
     */
    static String policy(Tenant tenant) {
        String images = tenant.look()
                .logoOrigin()
                .filter(origin -> origin.startsWith("http:"))
                .map(origin -> " " + origin)
                .orElse("");
        String forms = tenant.settings().returnOrigins().stream()
                .map(origin -> " " + origin)
                .reduce("", String::concat);
        return POLICY.formatted(images, forms);
    }

    static void retryAfter(Context ctx, Duration retryAfter) {
        ctx.header("Retry-After", Long.toString(Math.max(1, retryAfter.toSeconds())));
    }

    private static void send(Context ctx, String policy, int status, JteModel model) {
        ctx.header("Content-Security-Policy", policy);
        ctx.header("Cache-Control", "no-store");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Vary", "Cookie, Accept-Language");
        ctx.status(status).html(model.render());
    }
}
