package dev.latchkey.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OpenAPI document describes every route of the JSON API, is served as JSON, and the reference page renders from it. */
class ApiDocumentIT {

    /** Routes that are not JSON API: pages, the dev mailbox, and the reference itself. */
    private static final List<String> NOT_API =
            List.of("/ui/", "/ui", "/dev/", "/docs", "/openapi.json", "/favicon.ico");

    @TempDir
    static Path dataDir;

    private static RunningLatchkey latchkey;

    @BeforeAll
    static void start() {
        latchkey = RunningLatchkey.withSmtp(dataDir);
    }

    @AfterAll
    static void stop() {
        latchkey.close();
    }

    @Test
    void everyRouteOfTheJsonApiIsDescribedAndNothingElse() {
        Set<String> served = new TreeSet<>();
        for (String route : latchkey.routes()) {
            String path = route.substring(route.indexOf(' ') + 1);
            if (NOT_API.stream().noneMatch(path::startsWith)) {
                served.add(route);
            }
        }
        Set<String> described = new TreeSet<>();
        ApiContract.get()
                .document()
                .get("paths")
                .properties()
                .forEach(path -> path.getValue()
                        .propertyNames()
                        .forEach(method -> described.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        assertThat(served).as("routes served").isNotEmpty();
        assertThat(described).as("operations in openapi.json").containsExactlyInAnyOrderElementsOf(served);
    }

    @Test
    void theDocumentIsServedAsCacheableJson() {
        Http.Response response = latchkey.http.get("/openapi.json", null);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.header("Cache-Control")).hasValue("public, max-age=300");
        assertThat(response.json().get("openapi").asText()).startsWith("3.1");
        String etag = response.header("ETag").orElseThrow();
        Http.Response again = latchkey.http.send(latchkey.http
                .request("/openapi.json", null)
                .header("If-None-Match", etag)
                .GET());
        assertThat(again.status()).isEqualTo(304);
    }

    @Test
    void theReferencePageLoadsSwaggerUiFromThisServerOnly() {
        Http.Response page = latchkey.http.get("/docs", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("docs/swagger-ui/swagger-ui-bundle.js", "docs/docs.js")
                .doesNotContain("<script>");
        assertThat(page.header("Content-Security-Policy"))
                .hasValueSatisfying(policy -> assertThat(policy)
                        .contains("script-src 'self'")
                        .doesNotContain("unsafe-inline")
                        .doesNotContain("unsafe-eval"));
        for (String asset :
                List.of("/docs/docs.js", "/docs/swagger-ui/swagger-ui-bundle.js", "/docs/swagger-ui/swagger-ui.css")) {
            assertThat(latchkey.http.get(asset, null).status()).as(asset).isEqualTo(200);
        }
        assertThat(latchkey.http.get("/docs/swagger-ui/index.html", null).status())
                .isEqualTo(404);
    }
}
