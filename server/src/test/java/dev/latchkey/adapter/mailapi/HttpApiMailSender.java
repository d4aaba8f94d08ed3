package dev.latchkey.adapter.mailapi;

import dev.latchkey.application.port.out.ComposedMail;
import dev.latchkey.application.port.out.MailDeliveryException;
import dev.latchkey.application.port.out.MailSender;
import dev.latchkey.application.port.out.QueuedMail;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Delivers mail by posting it to an HTTP mail API instead of an SMTP server: form fields {@code from},
 * {@code to}, {@code subject}, {@code text} and {@code html}, the API key by HTTP Basic as user {@code api}.
 */
public final class HttpApiMailSender implements MailSender {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final URI endpoint;
    private final String authorization;
    private final String from;

    public HttpApiMailSender(URI endpoint, String apiKey, String from) {
        this.endpoint = endpoint;
        this.authorization =
                "Basic " + Base64.getEncoder().encodeToString(("api:" + apiKey).getBytes(StandardCharsets.UTF_8));
        this.from = from;
    }

    @Override
    public void send(QueuedMail queued) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(TIMEOUT)
                .header("Authorization", authorization)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(queued.mail())))
                .build();
        int status;
        try {
            status =
                    client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            // The message may quote the recipient: only the kind of failure goes on to the outbox.
            throw new MailDeliveryException(
                    "Mail API not reachable: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MailDeliveryException("Interrupted while posting to the mail API", e);
        }
        if (status < 200 || status > 299) {
            throw new MailDeliveryException("Mail API answered " + status, null);
        }
    }

    private String form(ComposedMail mail) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("from", from);
        fields.put("to", mail.recipient().value());
        fields.put("subject", mail.subject());
        fields.put("text", mail.textBody());
        fields.put("html", mail.htmlBody());
        return fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
