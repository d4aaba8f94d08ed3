package dev.latchkey.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A small HTTP client for the end-to-end tests: real requests over loopback. Every exchange with the
 * JSON API is checked against the OpenAPI document ({@link ApiContract}): an answer that the document
 * does not describe fails the call, and so does a request that the document calls invalid unless the
 * server refused it with a {@code 4xx} (tests of bad input send such requests on purpose).
 */
final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    Http(String base) {
        this.base = base;
    }

    /** Where the server answers, e.g. {@code http://127.0.0.1:12345}. */
    String baseUrl() {
        return base;
    }

    /** An answer; {@code json()} parses the body. */
    record Response(int status, java.net.http.HttpHeaders headers, String body) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON (" + status + "): " + body, e);
            }
        }

        Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        String code() {
            return json().path("code").asText();
        }
    }

    Response get(String path, String bearer) {
        return send(request(path, bearer).GET());
    }

    Response delete(String path, String bearer) {
        return send(request(path, bearer).DELETE());
    }

    Response postJson(String path, String bearer, String json) {
        return send(request(path, bearer)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    Response post(String path, String bearer, String contentType, byte[] body) {
        HttpRequest.Builder builder = request(path, bearer).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder);
    }

    Response postForm(String path, String authorization, String form) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return send(builder);
    }

    Response send(HttpRequest.Builder builder) {
        try {
            HttpRequest request = builder.build();
            HttpResponse<String> response =
                    client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Response answer = new Response(response.statusCode(), response.headers(), response.body());
            checkAgainstDocument(request, answer);
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void checkAgainstDocument(HttpRequest request, Response answer) {
        if (ApiContract.undescribed(request.uri().getRawPath())) {
            return;
        }
        var call = new ApiContract.Call(request.method(), request.uri(), request.headers(), bodyOf(request));
        ApiContract.Verdict verdict = ApiContract.get().check(call, answer.status(), answer.headers(), answer.body());
        List<String> problems = new ArrayList<>(verdict.response());
        boolean refused = answer.status() >= 400 && answer.status() < 500;
        if (!refused) {
            problems.addAll(verdict.request());
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("Not as openapi.json describes it: " + request.method() + " " + request.uri()
                    + "\n  " + String.join("\n  ", problems));
        }
    }

    /** The bytes a request sends, read again from its body publisher (the JDK's publishers can be read more than once). */
    private static byte[] bodyOf(HttpRequest request) {
        var publisher = request.bodyPublisher();
        if (publisher.isEmpty() || publisher.get().contentLength() == 0) {
            return new byte[0];
        }
        var bytes = new java.io.ByteArrayOutputStream();
        var done = new CompletableFuture<byte[]>();
        publisher.get().subscribe(new Flow.Subscriber<ByteBuffer>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer item) {
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                bytes.writeBytes(chunk);
            }

            @Override
            public void onError(Throwable throwable) {
                done.completeExceptionally(throwable);
            }

            @Override
            public void onComplete() {
                done.complete(bytes.toByteArray());
            }
        });
        try {
            return done.get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot read the request body again", e);
        }
    }

    HttpRequest.Builder request(String path, String bearer) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20));
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        return builder;
    }
}
