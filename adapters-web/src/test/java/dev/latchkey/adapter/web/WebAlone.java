package dev.latchkey.adapter.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.latchkey.adapter.web.auth.TrustedProxies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The web adapter alone on a free loopback port, over the use cases a test gives it, and an HTTP client for it. */
public final class WebAlone implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebAdapter web;
    private final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private WebAlone(WebAdapter web) {
        this.web = web;
    }

    public static WebAlone serving(WebUseCases useCases) {
        return serving(useCases, false);
    }

    /** @param devMailbox serve {@code /dev/mailbox}, as while no mail server is configured */
    public static WebAlone serving(WebUseCases useCases, boolean devMailbox) {
        return new WebAlone(new WebAdapter(
                        new WebSettings(
                                "127.0.0.1", 0, devMailbox, 64 * 1024, false, Clock.systemUTC(), TrustedProxies.none()),
                        useCases)
                .start());
    }

    /** A request to the adapter, built up and then sent. */
    public Request request(String method, String path) {
        return new Request(method, path);
    }

    public Response get(String path, String bearer) {
        return request("GET", path).bearer(bearer).send();
    }

    public Response postJson(String path, String bearer, String json) {
        return request("POST", path).bearer(bearer).json(json).send();
    }

    @Override
    public void close() {
        web.close();
    }

    public final class Request {

        private final HttpRequest.Builder builder;
        private final String method;
        private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();

        private Request(String method, String path) {
            this.method = method;
            this.builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + path));
        }

        public Request bearer(String token) {
            if (token != null) {
                builder.header("Authorization", "Bearer " + token);
            }
            return this;
        }

        public Request header(String name, String value) {
            builder.header(name, value);
            return this;
        }

        public Request json(String json) {
            builder.header("Content-Type", "application/json");
            body = HttpRequest.BodyPublishers.ofString(json);
            return this;
        }

        public Request form(String form) {
            builder.header("Content-Type", "application/x-www-form-urlencoded");
            body = HttpRequest.BodyPublishers.ofString(form);
            return this;
        }

        public Response send() {
            try {
                HttpResponse<String> response =
                        client.send(builder.method(method, body).build(), HttpResponse.BodyHandlers.ofString());
                return new Response(response);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** An answer: status, headers, body and, for the error body, its code. */
    public record Response(HttpResponse<String> raw) {

        public int status() {
            return raw.statusCode();
        }

        public String body() {
            return raw.body();
        }

        public Optional<String> header(String name) {
            return raw.headers().firstValue(name);
        }

        public List<String> cookies() {
            return new ArrayList<>(raw.headers().allValues("Set-Cookie"));
        }

        public JsonNode json() {
            try {
                return JSON.readTree(raw.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The error code of an error body. */
        public String code() {
            return json().path("code").asText();
        }
    }
}
