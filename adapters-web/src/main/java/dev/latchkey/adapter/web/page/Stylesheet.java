package dev.latchkey.adapter.web.page;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** {@code GET /ui/assets/latchkey.css}: the one stylesheet of the customer pages, read once from the jar. */
public final class Stylesheet {

    private static final String RESOURCE = "/dev/latchkey/ui/assets/latchkey.css";
    private final byte[] css;

    public Stylesheet() {
        try (InputStream in = Stylesheet.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            css = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void serve(Context ctx) {
        ctx.header("Cache-Control", "public, max-age=3600");
        ctx.header("Content-Type", "text/css; charset=utf-8");
        ctx.result(css);
    }
}
