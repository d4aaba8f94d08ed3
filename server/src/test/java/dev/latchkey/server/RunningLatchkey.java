package dev.latchkey.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The whole application, started in-process on a free port, on an H2 file database in a test
 * folder, sending mail to a GreenMail SMTP server: what the end-to-end tests talk to over HTTP.
 */
public final class RunningLatchkey implements AutoCloseable {

    static final String ADMIN_SECRET = "admin-secret-for-tests-0123456789";
    private static final Pattern TOKEN_LINK = Pattern.compile("https?://\\S+[?&]token=([A-Za-z0-9_-]+)");

    final MutableClock clock = new MutableClock();
    private GreenMail smtp;
    private final boolean ownsSmtp;
    private final int smtpPort;
    final Path dataDir;
    final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final Map<String, String> environment;
    private Application application;
    Http http;

    private RunningLatchkey(Path dataDir, boolean withSmtp, Map<String, String> extra) {
        this(dataDir, withSmtp ? startedSmtp() : null, true, extra);
    }

    private RunningLatchkey(Path dataDir, GreenMail smtp, boolean ownsSmtp, Map<String, String> extra) {
        this.dataDir = dataDir;
        this.smtp = smtp;
        this.ownsSmtp = ownsSmtp;
        this.smtpPort = smtp == null ? -1 : smtp.getSmtp().getPort();
        environment = new HashMap<>();
        environment.put("LATCHKEY_HTTP_HOST", "127.0.0.1");
        environment.put("LATCHKEY_HTTP_PORT", "0");
        environment.put("LATCHKEY_DATA_DIR", dataDir.toString());
        environment.put("LATCHKEY_BOOTSTRAP_ADMIN_SECRET", ADMIN_SECRET);
        if (smtp != null) {
            environment.put("LATCHKEY_SMTP_HOST", "127.0.0.1");
            environment.put("LATCHKEY_SMTP_PORT", Integer.toString(smtpPort));
            environment.put("LATCHKEY_MAIL_FROM", "shop@example.test");
        }
        environment.putAll(extra);
    }

    static RunningLatchkey withSmtp(Path dataDir) {
        return new RunningLatchkey(dataDir, true, Map.of()).start();
    }

    public static RunningLatchkey withSmtp(Path dataDir, Map<String, String> extra) {
        return new RunningLatchkey(dataDir, true, extra).start();
    }

    /**
     * Sends to a mail server the test started and stops, which several instances may share: nodes
     * of one installation delivering to one mail server.
     */
    static RunningLatchkey withSharedSmtp(Path dataDir, GreenMail smtp, Map<String, String> extra) {
        return new RunningLatchkey(dataDir, smtp, false, extra).start();
    }

    private static GreenMail startedSmtp() {
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        return smtp;
    }

    static RunningLatchkey withoutSmtp(Path dataDir, Map<String, String> extra) {
        return new RunningLatchkey(dataDir, false, extra).start();
    }

    RunningLatchkey start() {
        application = Application.start(
                Config.load(environment, dataDir), clock, new PrintStream(console, true, StandardCharsets.UTF_8));
        http = new Http("http://127.0.0.1:" + application.port());
        return this;
    }

    void stop() {
        application.close();
    }

    /** The routes the running server serves, as {@code METHOD path}. */
    java.util.List<String> routes() {
        return application.routes();
    }

    @Override
    public void close() {
        stop();
        if (smtp != null && ownsSmtp) {
            smtp.stop();
        }
    }

    /** Takes the mail server down, as an outage would. */
    void stopSmtp() {
        smtp.stop();
    }

    /** Brings the mail server back on the port Latchkey was configured with. */
    void restartSmtp() {
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    String anonymousToken() {
        return anonymousToken(http);
    }

    /** An anonymous token of {@code demo}'s storefront from the server {@code http} talks to. */
    static String anonymousToken(Http http) {
        Http.Response response =
                http.get("/customerlogin/auth/anonymous/login?tenant=demo&client_id=demo-storefront", null);
        assertThat(response.status()).isEqualTo(200);
        return response.json().get("access_token").asText();
    }

    String adminToken() {
        return adminToken(http);
    }

    /** A service token of {@code demo-admin} with every admin scope, from the server {@code http} talks to. */
    static String adminToken(Http http) {
        String basic = "Basic "
                + Base64.getEncoder().encodeToString(("demo-admin:" + ADMIN_SECRET).getBytes(StandardCharsets.UTF_8));
        Http.Response response = http.postForm("/oauth/token", basic, "grant_type=client_credentials");
        assertThat(response.status()).isEqualTo(200);
        return response.json().get("access_token").asText();
    }

    Http.Response signUp(String email, String password) {
        return http.postJson(
                "/customer/demo/signup",
                anonymousToken(),
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
    }

    Http.Response login(String email, String password) {
        return http.postJson(
                "/customer/demo/login",
                anonymousToken(),
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
    }

    /** Signs up, reads the activation link out of the mail and confirms it; returns the login answer. */
    public JsonNode signUpAndActivate(String email, String password) {
        int before = mailsTo(email).size();
        assertThat(signUp(email, password).status()).isEqualTo(201);
        MimeMessage activation = awaitMails(email, before + 1).get(before);
        Http.Response confirmed = http.get("/customer/demo/signup/optin/" + tokenIn(activation), anonymousToken());
        assertThat(confirmed.status()).isEqualTo(200);
        return confirmed.json();
    }

    List<MimeMessage> mailsTo(String email) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> isTo(message, email))
                .toList();
    }

    /** Waits (bounded, 15 s) until the text of {@code /metrics} meets {@code condition}; fails naming {@code what}. */
    void awaitMetrics(String what, Predicate<String> condition) {
        long deadline = System.currentTimeMillis() + 15_000;
        while (!condition.test(http.get("/metrics", null).body())) {
            assertThat(System.currentTimeMillis()).as("%s within 15 s", what).isLessThan(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Waits (bounded) until {@code count} mails reached {@code email}. */
    public List<MimeMessage> awaitMails(String email, int count) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (mailsTo(email).size() < count && System.currentTimeMillis() < deadline) {
            smtp.waitForIncomingEmail(200, smtp.getReceivedMessages().length + 1);
        }
        List<MimeMessage> mails = mailsTo(email);
        assertThat(mails).as("mails to %s", email).hasSizeGreaterThanOrEqualTo(count);
        return mails;
    }

    /** The one-time token of the link in the mail's plain-text part. */
    static String tokenIn(MimeMessage mail) {
        String body = GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
        Matcher matcher = TOKEN_LINK.matcher(body);
        assertThat(matcher.find()).as("a link with token= in %s", body).isTrue();
        return matcher.group(1);
    }

    public static String plainText(MimeMessage mail) {
        return GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
    }

    private static boolean isTo(MimeMessage message, String email) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equalsIgnoreCase(email));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
