package dev.latchkey.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code SIGTERM} to the jar while logins and profile reads keep coming: every request the server
 * took is answered, none is cut off, and the process ends within a bounded time with the status of
 * a terminated JVM.
 *
 * <p>Each request carries its own {@code X-Request-Id}, and the server logs the id of every request a
 * route handled. A request that failed although its id is in that log was taken and cut off. One that
 * failed without being in the log was not acted on: HTTP/1.1 lets a server close a kept-alive connection
 * while a client is already sending on it, a stopping server must close them, and a request that still
 * arrives is refused before any route runs ({@link GracefulStopIT}).
 */
class ShutdownIT {

    private static final int CLIENTS = 6;

    @TempDir
    Path folder;

    @Test
    void aTerminatedServerAnswersWhatItTookAndEndsInTime() throws Exception {
        try (ServerProcess server = ServerProcess.start(folder.resolve("data"), Map.of())) {
            String[] tokens = signedInCustomer(server);
            String anonymous = tokens[0];
            String access = tokens[1];
            String base = server.http.baseUrl();
            HttpClient client = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(2))
                    .build();
            AtomicBoolean running = new AtomicBoolean(true);
            Map<Integer, Integer> answered = new ConcurrentHashMap<>();
            Set<String> servedIds = ConcurrentHashMap.newKeySet();
            Map<String, String> failed = new ConcurrentHashMap<>();
            List<Thread> load = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                boolean logins = i % 2 == 0;
                String clientName = "client" + i;
                load.add(new Thread(() -> {
                    for (int sent = 0; running.get(); sent++) {
                        String id = clientName + "-" + sent;
                        HttpRequest request = (logins
                                        ? HttpRequest.newBuilder(URI.create(base + "/customer/demo/login"))
                                                .header("Authorization", "Bearer " + anonymous)
                                                .header("Content-Type", "application/json")
                                                .POST(
                                                        HttpRequest.BodyPublishers.ofString(
                                                                "{\"email\":\"ada@example.test\",\"password\":\"wrong password here\"}"))
                                                .timeout(Duration.ofSeconds(30))
                                        : HttpRequest.newBuilder(URI.create(base + "/customer/demo/me"))
                                                .header("Authorization", "Bearer " + access)
                                                .timeout(Duration.ofSeconds(30)))
                                .header("X-Request-Id", id)
                                .build();
                        try {
                            int status = client.send(request, HttpResponse.BodyHandlers.discarding())
                                    .statusCode();
                            answered.merge(status, 1, Integer::sum);
                            if (status != 503) {
                                servedIds.add(id);
                            }
                        } catch (ConnectException | HttpConnectTimeoutException notTaken) {
                            return;
                        } catch (IOException e) {
                            if (isRefused(e)) {
                                return;
                            }
                            failed.put(id, e.toString());
                            return;
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }));
            }
            load.forEach(Thread::start);
            Thread.sleep(2_000);

            long stopping = System.nanoTime();
            server.stop();
            long stoppedAfter = (System.nanoTime() - stopping) / 1_000_000;
            running.set(false);
            for (Thread thread : load) {
                thread.join(30_000);
            }

            assertThat(answered).as("answers before the stop").isNotEmpty();
            assertThat(answered.keySet())
                    .as("statuses answered")
                    .allMatch(status -> status == 200 || status == 401 || status == 429 || status == 503);
            Set<String> handled = handledRequestIds(server.output());
            assertThat(handled)
                    .as("ids in the server's log, every request served among them")
                    .containsAll(servedIds);
            assertThat(failed.entrySet().stream().filter(failure -> handled.contains(failure.getKey())))
                    .as("requests the server took and never answered")
                    .isEmpty();
            assertThat(stoppedAfter)
                    .as("milliseconds from SIGTERM to the end of the process")
                    .isLessThan(20_000);
            assertThat(server.exitValue())
                    .as("the status of a JVM ended by SIGTERM")
                    .isEqualTo(143);
            assertThat(server.output()).contains("Latchkey stopped");
        }
    }

    private static Set<String> handledRequestIds(String serverLog) {
        return Pattern.compile(" id=(\\S+)")
                .matcher(serverLog)
                .results()
                .map(match -> match.group(1))
                .collect(Collectors.toSet());
    }

    private static boolean isRefused(IOException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }

    /** An anonymous token and the access token of a signed-in customer. */
    private static String[] signedInCustomer(ServerProcess server) {
        Http http = server.http;
        String anonymous = http.get("/customerlogin/auth/anonymous/login?tenant=demo&client_id=demo-storefront", null)
                .json()
                .get("access_token")
                .asText();
        assertThat(http.postJson(
                                "/customer/demo/signup",
                                anonymous,
                                "{\"email\":\"ada@example.test\",\"password\":\"correct horse battery\"}")
                        .status())
                .isEqualTo(201);
        String link = Eventually.until(
                        "the activation mail",
                        () -> http.get("/dev/mailbox", null).body(),
                        body -> body.contains("token="))
                .replaceAll("(?s).*token=([A-Za-z0-9_-]+).*", "$1");
        assertThat(http.get("/customer/demo/signup/optin/" + link, anonymous).status())
                .isEqualTo(200);
        String access = http.postJson(
                        "/customer/demo/login",
                        anonymous,
                        "{\"email\":\"ada@example.test\",\"password\":\"correct horse battery\"}")
                .json()
                .get("accessToken")
                .asText();
        return new String[] {anonymous, access};
    }
}
