package dev.latchkey.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar, under a load of signups, activations, password changes and address additions, is killed
 * with {@code SIGKILL} at random moments and started again on the same data folder: every change
 * it answered with a 2xx is there afterwards, the database opens every time, and every activation
 * mail it queued arrives, at most the one being sent at a kill twice.
 */
class CrashIT {

    private static final int KILLS = 3;
    private static final int REGULARS = 3;

    @TempDir
    Path folder;

    private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private final long seed = System.nanoTime();
    private final Random random = new Random(seed);
    private ServerProcess latchkey;

    /** What the server answered with a 2xx, and what was in flight when it died. */
    private final Map<String, String> signedUp = new ConcurrentHashMap<>();

    private final Set<String> activated = ConcurrentHashMap.newKeySet();
    private final Set<String> activationTried = ConcurrentHashMap.newKeySet();
    private final Map<String, String> password = new ConcurrentHashMap<>();
    private final Map<String, String> passwordInFlight = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> addresses = new ConcurrentHashMap<>();
    private final AtomicInteger counter = new AtomicInteger();
    private final AtomicReference<Throwable> workerFailure = new AtomicReference<>();

    @BeforeEach
    void startMailServer() {
        smtp.start();
    }

    @AfterEach
    void stop() {
        if (latchkey != null) {
            latchkey.close();
        }
        smtp.stop();
    }

    @Test
    void everyAnsweredChangeSurvivesAKillAndEveryQueuedMailArrives() throws Exception {
        System.out.println("CrashIT seed " + seed);
        start();
        for (int i = 0; i < REGULARS; i++) {
            String email = "regular" + i + "@example.test";
            String first = "Regular-" + i + "-first-horse";
            signUpAndActivate(email, first);
            password.put(email, first);
            addresses.put(email, ConcurrentHashMap.newKeySet());
        }

        for (int kill = 0; kill < KILLS; kill++) {
            AtomicBoolean running = new AtomicBoolean(true);
            List<Thread> load = new ArrayList<>();
            load.add(worker(running, this::signUpOne));
            load.add(worker(running, this::activateArrived));
            for (String regular : password.keySet()) {
                load.add(worker(running, () -> changePassword(regular)));
                load.add(worker(running, () -> addAddress(regular)));
            }
            load.forEach(Thread::start);
            Thread.sleep(1_500 + random.nextInt(2_500));
            latchkey.kill();
            running.set(false);
            for (Thread thread : load) {
                thread.join(30_000);
            }
            start();
        }

        assertThat(workerFailure.get()).as("what the load saw (seed %d)", seed).isNull();
        Http http = new Http(latchkey.http.baseUrl());
        String admin = RunningLatchkey.adminToken(http);
        assertThat(signedUp).as("signups answered").isNotEmpty();
        for (String email : signedUp.keySet()) {
            // a signup the killed process answered but had not acted on yet is acted on after the start
            Supplier<Long> customers =
                    () -> http.get("/admin/demo/customers?q=" + URLEncoder.encode(email, StandardCharsets.UTF_8), admin)
                            .json()
                            .get("total")
                            .asLong();
            assertThat(Eventually.until("the account of " + email, customers, total -> total > 0))
                    .as("customers %s (seed %d)", email, seed)
                    .isEqualTo(1);
        }
        for (String email : activated) {
            assertThat(login(http, email, signedUp.get(email)).status())
                    .as("login of activated %s", email)
                    .isEqualTo(200);
        }
        for (String regular : password.keySet()) {
            Http.Response login = login(http, regular, password.get(regular));
            if (login.status() != 200 && passwordInFlight.containsKey(regular)) {
                login = login(http, regular, passwordInFlight.get(regular));
            }
            assertThat(login.status())
                    .as("login of %s with its last answered password (seed %d)", regular, seed)
                    .isEqualTo(200);
            String token = login.json().get("accessToken").asText();
            Set<String> streets = new java.util.HashSet<>();
            http.get("/customer/demo/me/addresses", token)
                    .json()
                    .forEach(address -> streets.add(address.get("street").asText()));
            assertThat(streets).as("addresses of %s", regular).containsAll(addresses.get(regular));
        }

        awaitActivationMailForEach(signedUp.keySet());
        Map<String, Long> activationMails = activationMails();
        List<String> twice = activationMails.entrySet().stream()
                .filter(e -> e.getValue() > 1)
                .map(Map.Entry::getKey)
                .toList();
        assertThat(twice)
                .as("activation mails sent twice (at most the one in flight at each kill)")
                .hasSizeLessThanOrEqualTo(KILLS);
        assertThat(activationMails.values()).as("no mail three times").allMatch(count -> count <= 2);
        assertThat(latchkey.output()).doesNotContain("Corrupt", "corrupt", "MVStoreException");
    }

    private void start() {
        latchkey = ServerProcess.start(
                folder.resolve("data"),
                Map.of(
                        "LATCHKEY_SMTP_HOST",
                        "127.0.0.1",
                        "LATCHKEY_SMTP_PORT",
                        Integer.toString(smtp.getSmtp().getPort())));
    }

    private Thread worker(AtomicBoolean running, Runnable step) {
        return new Thread(() -> {
            while (running.get()) {
                try {
                    step.run();
                } catch (RuntimeException serverGone) {
                    pause();
                } catch (Throwable failure) {
                    workerFailure.compareAndSet(null, failure);
                    return;
                }
            }
        });
    }

    private void signUpOne() {
        String email = "new" + counter.incrementAndGet() + "@example.test";
        String secret = "Crash-" + email.hashCode() + "-horse";
        Http http = new Http(latchkey.http.baseUrl());
        Http.Response answer = http.postJson(
                "/customer/demo/signup",
                RunningLatchkey.anonymousToken(http),
                "{\"email\":\"" + email + "\",\"password\":\"" + secret + "\"}");
        if (answer.status() == 201) {
            signedUp.put(email, secret);
        }
    }

    /** Activates the accounts whose activation mail arrived, each once. */
    private void activateArrived() {
        Http http = new Http(latchkey.http.baseUrl());
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            String to = recipient(mail);
            if (signedUp.containsKey(to) && activationTried.add(to)) {
                Http.Response answer = http.get(
                        "/customer/demo/signup/optin/" + RunningLatchkey.tokenIn(mail),
                        RunningLatchkey.anonymousToken(http));
                if (answer.status() == 200) {
                    activated.add(to);
                }
            }
        }
        pause();
    }

    private void changePassword(String regular) {
        Http http = new Http(latchkey.http.baseUrl());
        Http.Response login = login(http, regular, password.get(regular));
        if (login.status() != 200) {
            // the change in flight at the last kill was written before the answer
            String inFlight = passwordInFlight.remove(regular);
            if (inFlight != null && login(http, regular, inFlight).status() == 200) {
                password.put(regular, inFlight);
            }
            return;
        }
        String next = "Changed-" + counter.incrementAndGet() + "-horse";
        passwordInFlight.put(regular, next);
        Http.Response change = http.postJson(
                "/customer/demo/password/change",
                login.json().get("accessToken").asText(),
                "{\"currentPassword\":\"" + password.get(regular) + "\",\"newPassword\":\"" + next + "\"}");
        if (change.status() / 100 == 2) {
            password.put(regular, next);
            passwordInFlight.remove(regular);
        }
    }

    private void addAddress(String regular) {
        Http http = new Http(latchkey.http.baseUrl());
        Http.Response login = login(http, regular, password.get(regular));
        if (login.status() != 200) {
            pause();
            return;
        }
        String token = login.json().get("accessToken").asText();
        for (int i = 0; i < 5 && addresses.get(regular).size() < 45; i++) {
            String street = "Street " + counter.incrementAndGet();
            Http.Response added = http.postJson(
                    "/customer/demo/me/addresses",
                    token,
                    "{\"street\":\"" + street + "\",\"city\":\"Berlin\",\"zipCode\":\"10115\",\"country\":\"DE\"}");
            if (added.status() == 201) {
                addresses.get(regular).add(street);
            }
        }
    }

    private void signUpAndActivate(String email, String secret) throws Exception {
        Http http = new Http(latchkey.http.baseUrl());
        assertThat(http.postJson(
                                "/customer/demo/signup",
                                RunningLatchkey.anonymousToken(http),
                                "{\"email\":\"" + email + "\",\"password\":\"" + secret + "\"}")
                        .status())
                .isEqualTo(201);
        MimeMessage mail = awaitMail(email);
        assertThat(http.get(
                                "/customer/demo/signup/optin/" + RunningLatchkey.tokenIn(mail),
                                RunningLatchkey.anonymousToken(http))
                        .status())
                .isEqualTo(200);
    }

    private MimeMessage awaitMail(String email) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage mail : smtp.getReceivedMessages()) {
                if (email.equals(recipient(mail))) {
                    return mail;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("No mail to " + email + " in 20 s; the server said:\n" + latchkey.output());
    }

    private void awaitActivationMailForEach(Set<String> emails) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (!activationMails().keySet().containsAll(emails) && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        Set<String> missing = new java.util.TreeSet<>(emails);
        missing.removeAll(activationMails().keySet());
        assertThat(missing)
                .as("signups answered 201 whose activation mail never came (seed %d)", seed)
                .isEmpty();
    }

    private Map<String, Long> activationMails() {
        return Arrays.stream(smtp.getReceivedMessages())
                .map(CrashIT::recipient)
                .filter(to -> to.startsWith("new"))
                .collect(Collectors.groupingBy(to -> to, Collectors.counting()));
    }

    private static String recipient(MimeMessage mail) {
        try {
            return mail.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Http.Response login(Http http, String email, String secret) {
        return http.postJson(
                "/customer/demo/login",
                RunningLatchkey.anonymousToken(http),
                "{\"email\":\"" + email + "\",\"password\":\"" + secret + "\"}");
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
