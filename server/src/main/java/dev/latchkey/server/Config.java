package dev.latchkey.server;

import dev.latchkey.domain.tenant.TenantName;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The configuration: environment variables first, then {@code latchkey.properties} in the working
 * directory (same keys in lower case with dots: {@code LATCHKEY_HTTP_PORT} = {@code latchkey.http.port}),
 * then defaults. The only place that reads the environment.
 */
public record Config(
        String httpHost,
        int httpPort,
        Path dataDir,
        Optional<String> dbUrl,
        Optional<String> dbUser,
        Optional<String> dbPassword,
        Optional<String> publicUrl,
        Optional<Smtp> smtp,
        TenantName defaultTenant,
        Optional<String> bootstrapAdminSecret,
        int loginMaxFailures,
        int addressMaxFailures,
        long customerNumberStart) {

    public static final String PROPERTIES_FILE = "latchkey.properties";
    static final int MIN_ADMIN_SECRET_LENGTH = 16;
    private static final Set<String> TRANSPORTS = Set.of("SMTP", "SMTPS", "SMTP_TLS");

    /** The outgoing mail server. */
    public record Smtp(String host, int port, Optional<String> username, Optional<String> password, String transport,
                       String from) {

        @Override
        public String toString() {
            return "Smtp[host=" + host + ", port=" + port + ", transport=" + transport + "]";
        }
    }

    public static Config load() {
        return load(System.getenv(), Path.of("."));
    }

    public static Config load(Map<String, String> environment, Path workingDirectory) {
        Map<String, String> values = new HashMap<>(readProperties(workingDirectory.resolve(PROPERTIES_FILE)));
        environment.forEach((key, value) -> {
            if (key.startsWith("LATCHKEY_")) {
                values.put(key, value);
            }
        });
        return new Reader(values).config();
    }

    private static Map<String, String> readProperties(Path file) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        Properties properties = new Properties();
        try (java.io.Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new ConfigException("Cannot read " + file + ": " + e.getMessage());
        }
        Map<String, String> values = new HashMap<>();
        properties.stringPropertyNames().forEach(key ->
                values.put(key.toUpperCase(Locale.ROOT).replace('.', '_'), properties.getProperty(key).trim()));
        return values;
    }

    @Override
    public String toString() {
        return "Config[httpHost=" + httpHost + ", httpPort=" + httpPort + ", dataDir=" + dataDir + ", dbUrl=" + dbUrl.isPresent()
                + ", publicUrl=" + publicUrl + ", smtp=" + smtp + ", defaultTenant=" + defaultTenant + "]";
    }

    /** Reads typed values out of the merged key/value map. */
    private static final class Reader {

        private final Map<String, String> values;

        Reader(Map<String, String> values) {
            this.values = values;
        }

        Config config() {
            Optional<String> adminSecret = text("LATCHKEY_BOOTSTRAP_ADMIN_SECRET");
            if (adminSecret.isPresent() && adminSecret.get().length() < MIN_ADMIN_SECRET_LENGTH) {
                throw new ConfigException("LATCHKEY_BOOTSTRAP_ADMIN_SECRET must be at least " + MIN_ADMIN_SECRET_LENGTH
                        + " characters long");
            }
            Optional<String> publicUrl = text("LATCHKEY_PUBLIC_URL").map(url -> url.replaceAll("/+$", ""));
            publicUrl.ifPresent(Reader::requireHttpUrl);
            return new Config(
                    text("LATCHKEY_HTTP_HOST").orElse("0.0.0.0"),
                    integer("LATCHKEY_HTTP_PORT", 8080, 0, 65535),
                    Path.of(text("LATCHKEY_DATA_DIR").orElse("./data")),
                    text("LATCHKEY_DB_URL"),
                    text("LATCHKEY_DB_USER"),
                    text("LATCHKEY_DB_PASSWORD"),
                    publicUrl,
                    smtp(),
                    tenant(),
                    adminSecret,
                    integer("LATCHKEY_LOGIN_MAX_FAILURES", 5, 1, 1_000_000),
                    integer("LATCHKEY_ADDRESS_MAX_FAILURES", 100, 1, 1_000_000),
                    integer("LATCHKEY_CUSTOMER_NUMBER_START", 100_001, 1, 1_000_000_000));
        }

        private Optional<Smtp> smtp() {
            Optional<String> host = text("LATCHKEY_SMTP_HOST");
            if (host.isEmpty()) {
                return Optional.empty();
            }
            String transport = text("LATCHKEY_SMTP_TRANSPORT").orElse("SMTP").toUpperCase(Locale.ROOT);
            if (!TRANSPORTS.contains(transport)) {
                throw new ConfigException("LATCHKEY_SMTP_TRANSPORT must be one of SMTP, SMTPS, SMTP_TLS");
            }
            int defaultPort = switch (transport) {
                case "SMTPS" -> 465;
                case "SMTP_TLS" -> 587;
                default -> 25;
            };
            return Optional.of(new Smtp(host.get(), integer("LATCHKEY_SMTP_PORT", defaultPort, 1, 65535),
                    text("LATCHKEY_SMTP_USERNAME"), text("LATCHKEY_SMTP_PASSWORD"), transport,
                    text("LATCHKEY_MAIL_FROM").orElse("no-reply@localhost")));
        }

        private TenantName tenant() {
            String name = text("LATCHKEY_DEFAULT_TENANT").orElse("demo");
            if (!TenantName.isValid(name)) {
                throw new ConfigException("LATCHKEY_DEFAULT_TENANT must be 3 to 16 lower-case letters or digits, "
                        + "starting with a letter");
            }
            return new TenantName(name);
        }

        private Optional<String> text(String key) {
            return Optional.ofNullable(values.get(key)).map(String::trim).filter(value -> !value.isEmpty());
        }

        private int integer(String key, int fallback, int min, int max) {
            Optional<String> text = text(key);
            if (text.isEmpty()) {
                return fallback;
            }
            try {
                int value = Integer.parseInt(text.get());
                if (value < min || value > max) {
                    throw new ConfigException(key + " must be between " + min + " and " + max);
                }
                return value;
            } catch (NumberFormatException e) {
                throw new ConfigException(key + " must be a whole number");
            }
        }

        private static void requireHttpUrl(String url) {
            if (!url.startsWith("http://") && !url.startsWith("https://")) {
                throw new ConfigException("LATCHKEY_PUBLIC_URL must start with http:// or https://");
            }
        }
    }
}
