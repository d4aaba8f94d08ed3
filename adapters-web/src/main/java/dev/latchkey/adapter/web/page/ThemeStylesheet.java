package dev.latchkey.adapter.web.page;

import dev.latchkey.domain.tenant.Tenant;
import io.javalin.http.Context;
import java.util.Locale;

/**
 * {@code GET /ui/<tenant>/theme.css}: the shop's primary colour as the custom properties the one
 * stylesheet uses. Text on the colour is white or black, whichever contrasts more (always at
 * least 4.5:1); links on the white page use the colour darkened until they reach 4.5:1.
 */
public final class ThemeStylesheet {

    private static final double AA = 4.5;
    /** Black, not the pages' near-black: only black reaches 4.5:1 on every colour white does not. */
    private static final String DARK_TEXT = "#000000";

    private final PageGuard guard;

    ThemeStylesheet(PageGuard guard) {
        this.guard = guard;
    }

    public void serve(Context ctx) {
        guard.withTenant(ctx, tenant -> {
            ctx.header("Cache-Control", "public, max-age=3600");
            ctx.header("Content-Type", "text/css; charset=utf-8");
            ctx.result(css(tenant));
        });
    }

    /** Where a tenant's pages load their colours from; empty when the tenant has none of its own. */
    static String href(Tenant tenant) {
        return tenant.look()
                .primaryColor()
                .map(colour -> PagePaths.base(tenant) + "/theme.css?v=" + colour.substring(1))
                .orElse("");
    }

    static String css(Tenant tenant) {
        if (tenant.look().primaryColor().isEmpty()) {
            return "";
        }
        int[] primary = rgb(tenant.look().primaryColor().get());
        String onPrimary =
                contrast(primary, rgb("#ffffff")) >= contrast(primary, rgb(DARK_TEXT)) ? "#ffffff" : DARK_TEXT;
        int[] link = primary;
        while (contrast(link, rgb("#ffffff")) < AA) {
            link = darker(link);
        }
        String hover = hex(darker(primary));
        return ":root {\n"
                + "  --lk-primary: " + hex(primary) + ";\n"
                + "  --lk-primary-hover: " + hover + ";\n"
                + "  --lk-on-primary: " + onPrimary + ";\n"
                + "  --lk-header: " + hex(primary) + ";\n"
                + "  --lk-on-header: " + onPrimary + ";\n"
                + "  --lk-link: " + hex(link) + ";\n"
                + "}\n";
    }

    static double contrast(int[] a, int[] b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(int[] rgb) {
        double[] linear = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = rgb[i] / 255.0;
            linear[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    }

    private static int[] darker(int[] rgb) {
        return new int[] {(int) (rgb[0] * 0.85), (int) (rgb[1] * 0.85), (int) (rgb[2] * 0.85)};
    }

    static int[] rgb(String hex) {
        return new int[] {
            Integer.parseInt(hex.substring(1, 3), 16),
            Integer.parseInt(hex.substring(3, 5), 16),
            Integer.parseInt(hex.substring(5, 7), 16)
        };
    }

    private static String hex(int[] rgb) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", rgb[0], rgb[1], rgb[2]);
    }
}
