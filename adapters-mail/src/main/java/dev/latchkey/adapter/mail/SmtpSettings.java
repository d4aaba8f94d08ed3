package dev.latchkey.adapter.mail;

import java.util.Objects;
import java.util.Optional;

/** How to reach the outgoing mail server. {@code transport} is one of SMTP, SMTPS, SMTP_TLS. */
public record SmtpSettings(
        String host, int port, Optional<String> username, Optional<String> password, String transport, String from) {

    public SmtpSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(from, "from");
    }

    @Override
    public String toString() {
        return "SmtpSettings[host=" + host + ", port=" + port + ", transport=" + transport + "]";
    }
}
