package dev.latchkey.adapter.web.docs;

import dev.latchkey.adapter.web.error.ApiException;
import dev.latchkey.adapter.web.error.ErrorCode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;

/**
 * The API reference: {@code GET /openapi.json} (the OpenAPI document kept in this module) and
 * {@code GET /docs}, a Swagger UI page rendered from it with the Swagger UI webjar in the jar.
 */
public final class ApiDocs {

    /** Swagger UI needs nothing from elsewhere; its React code sets styles through the DOM, which the policy allows. */
    public static final String DOCS_POLICY =
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                    + "connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

    private static final String DOCUMENT = "/dev/latchkey/adapter/web/openapi.json";
    private static final String PAGE = "/dev/latchkey/adapter/web/docs/docs.html";
    private static final String INITIALIZER = "/dev/latchkey/adapter/web/docs/docs.js";
    private static final String WEBJAR_PROPERTIES = "/META-INF/maven/org.webjars/swagger-ui/pom.properties";
    private static final Map<String, String> ASSETS = Map.of(
            "swagger-ui.css", "text/css; charset=utf-8",
            "swagger-ui-bundle.js", "text/javascript; charset=utf-8",
            "favicon-32x32.png", "image/png");
    private static final String CACHE_A_DAY = "public, max-age=86400";

    private final byte[] document;
    private final String documentTag;
    private final byte[] page;
    private final byte[] initializer;
    private final String webjarRoot;

    public ApiDocs() {
        this.document = resource(DOCUMENT);
        this.documentTag = '"' + sha256(document) + '"';
        this.page = resource(PAGE);
        this.initializer = resource(INITIALIZER);
        this.webjarRoot = "/META-INF/resources/webjars/swagger-ui/" + webjarVersion() + "/";
    }

    /** {@code GET /openapi.json}: cacheable, with an ETag so a client can revalidate cheaply. */
    public void document(Context ctx) {
        ctx.header("Cache-Control", "public, max-age=300");
        ctx.header("ETag", documentTag);
        if (documentTag.equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType("application/json").result(document);
    }

    /** {@code GET /docs}: the reference page; it loads its script and styles from this server only. */
    public void page(Context ctx) {
        ctx.header("Content-Security-Policy", DOCS_POLICY);
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType("text/html; charset=utf-8").result(page);
    }

    /** {@code GET /docs/docs.js}: starts Swagger UI on the document (no inline script on the page). */
    public void initializer(Context ctx) {
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType("text/javascript; charset=utf-8").result(initializer);
    }

    /** {@code GET /docs/swagger-ui/{file}}: the few files of the webjar the page uses; anything else is {@code 404}. */
    public void asset(Context ctx) {
        String file = ctx.pathParam("file");
        String type = ASSETS.get(file);
        if (type == null) {
            throw new ApiException(ErrorCode.LK301);
        }
        ctx.header("Cache-Control", CACHE_A_DAY);
        ctx.contentType(type).result(resource(webjarRoot + file));
    }

    private static String webjarVersion() {
        Properties properties = new Properties();
        try (InputStream in = ApiDocs.class.getResourceAsStream(WEBJAR_PROPERTIES)) {
            if (in == null) {
                throw new IllegalStateException("The Swagger UI webjar is not on the class path");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }

    private static byte[] resource(String name) {
        try (InputStream in = ApiDocs.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
