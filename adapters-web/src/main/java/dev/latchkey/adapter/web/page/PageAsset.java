package dev.latchkey.adapter.web.page;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** One file the customer pages load ({@code /ui/assets/...}): the stylesheet, the script and the icon, read once from the jar. */
public final class PageAsset {

    private final byte[] content;
    private final String contentType;

    private PageAsset(String resource, String contentType) {
        try (InputStream in = PageAsset.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            content = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.contentType = contentType;
    }

    static PageAsset stylesheet() {
        return new PageAsset("/dev/latchkey/ui/assets/latchkey.css", "text/css; charset=utf-8");
    }

    static PageAsset script() {
        return new PageAsset("/dev/latchkey/ui/assets/latchkey.js", "text/javascript; charset=utf-8");
    }

    static PageAsset icon() {
        return new PageAsset("/dev/latchkey/ui/assets/icon.svg", "image/svg+xml");
    }

    public void serve(Context ctx) {
        ctx.header("Cache-Control", "public, max-age=3600");
        ctx.header("Content-Type", contentType);
        ctx.result(content);
    }
}
