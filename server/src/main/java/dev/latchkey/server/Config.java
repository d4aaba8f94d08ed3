package dev.latchkey.server;

import dev.latchkey.adapter.web.auth.TrustedProxies;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.tenant.TenantLook;
import dev.latchkey.domain.tenant.TenantName;
import dev.latchkey.domain.tenant.TenantSettings;
import dev.latchkey.server.logging.LogFormat;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;

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
        int dbPoolSize,
        Optional<String> publicUrl,
        Optional<Smtp> smtp,
        TenantName defaultTenant,
        Optional<String> bootstrapAdminSecret,
        int loginMaxFailures,
        int addressMaxFailures,
        TrustedProxies trustedProxies,
        long customerNumberStart,
        Duration keepExpired,
        TenantOverrides tenantOverrides,
        Observability observability) {

    public static final String PROPERTIES_FILE = "latchkey.properties";
    static final int MIN_ADMIN_SECRET_LENGTH = 16;
    static final int DEFAULT_DB_POOL_SIZE = 10;
    static final int DEFAULT_PURGE_AFTER_MINUTES = 24 * 60;
    static final int MAX_PURGE_AFTER_MINUTES = 366 * 24 * 60;
    private static final Set<String> TRANSPORTS = Set.of("SMTP", "SMTPS", "SMTP_TLS");
    /** The sender when none is configured and the public URL names no host with a dot. */
    static final String DEFAULT_SENDER = "no-reply@localhost.localdomain";

    /** The outgoing mail server. */
    public record Smtp(
            String host,
            int port,
            Optional<String> username,
            Optional<String> password,
            String transport,
            String from) {

        @Override
        public String toString() {
            return "Smtp[host=" + host + ", port=" + port + ", transport=" + transport + "]";
        }
    }

    /**
     * Values the default tenant takes at every start, overwriting what its database row holds; an
     * empty one leaves the stored value as it is.
     */
    public record TenantOverrides(
            Optional<String> displayName,
            Optional<String> logoUrl,
            Optional<String> primaryColor,
            Optional<String> supportEmail,
            Optional<List<String>> returnUrls,
            Optional<String> linkBase) {

        public TenantOverrides {
            returnUrls = returnUrls.map(List::copyOf);
        }

        public static TenantOverrides none() {
            return new TenantOverrides(
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty());
        }

        public boolean isEmpty() {
            return equals(none());
        }
    }

    /**
     * How the instance can be watched.
     *
     * @param metricsToken  the bearer token {@code /metrics} asks for; empty = served to every caller
     * @param logFormat     plain text lines or JSON lines
     * @param shutdownDelay how long readiness answers 503 before the HTTP server stops taking requests
     */
    public record Observability(Optional<String> metricsToken, LogFormat logFormat, Duration shutdownDelay) {

        @Override
        public String toString() {
            return "Observability[metricsToken=" + (metricsToken.isPresent() ? "(set)" : "(none)") + ", logFormat="
                    + logFormat + ", shutdownDelay=" + shutdownDelay + "]";
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
        properties
                .stringPropertyNames()
                .forEach(key -> values.put(
                        key.toUpperCase(Locale.ROOT).replace('.', '_'),
                        properties.getProperty(key).trim()));
        return values;
    }

    @Override
    public String toString() {
        return "Config[httpHost=" + httpHost + ", httpPort=" + httpPort + ", dataDir=" + dataDir + ", dbUrl="
                + dbUrl.isPresent()
                + ", dbPoolSize=" + dbPoolSize + ", publicUrl=" + publicUrl + ", smtp=" + smtp + ", defaultTenant="
                + defaultTenant
                + ", trustedProxies=[" + trustedProxies + "], " + observability + "]";
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
                    integer("LATCHKEY_DB_POOL_SIZE", DEFAULT_DB_POOL_SIZE, 1, 1_000),
                    publicUrl,
                    smtp(publicUrl),
                    tenant(),
                    adminSecret,
                    integer("LATCHKEY_LOGIN_MAX_FAILURES", 5, 1, 1_000_000),
                    integer("LATCHKEY_ADDRESS_MAX_FAILURES", 100, 1, 1_000_000),
                    trustedProxies(),
                    integer("LATCHKEY_CUSTOMER_NUMBER_START", 100_001, 1, 1_000_000_000),
                    Duration.ofMinutes(integer(
                            "LATCHKEY_PURGE_AFTER_MINUTES", DEFAULT_PURGE_AFTER_MINUTES, 1, MAX_PURGE_AFTER_MINUTES)),
                    tenantOverrides(),
                    observability());
        }

        private Observability observability() {
            Optional<String> token = text("LATCHKEY_METRICS_TOKEN");
            if (token.isPresent() && token.get().length() < MIN_ADMIN_SECRET_LENGTH) {
                throw new ConfigException(
                        "LATCHKEY_METRICS_TOKEN must be at least " + MIN_ADMIN_SECRET_LENGTH + " characters long");
            }
            String format = text("LATCHKEY_LOG_FORMAT").orElse("text").toLowerCase(Locale.ROOT);
            LogFormat logFormat = switch (format) {
                case "text" -> LogFormat.TEXT;
                case "json" -> LogFormat.JSON;
                default -> throw new ConfigException("LATCHKEY_LOG_FORMAT must be text or json");
            };
            return new Observability(
                    token, logFormat, Duration.ofSeconds(integer("LATCHKEY_SHUTDOWN_DELAY_SECONDS", 0, 0, 300)));
        }

        private TenantOverrides tenantOverrides() {
            return new TenantOverrides(
                    checked(
                            "LATCHKEY_TENANT_DISPLAY_NAME",
                            Tenant::isValidDisplayName,
                            "must be at most " + Tenant.MAX_DISPLAY_NAME_LENGTH + " characters long"),
                    checked(
                            "LATCHKEY_TENANT_LOGO_URL",
                            TenantLook::isValidLogoUrl,
                            "must be an absolute https URL (http only for localhost or 127.0.0.1) of at most "
                                    + TenantLook.MAX_LOGO_URL_LENGTH
                                    + " characters, without spaces, quotes or angle brackets"),
                    checked(
                            "LATCHKEY_TENANT_PRIMARY_COLOR",
                            TenantLook::isValidPrimaryColor,
                            "must be a colour written #rrggbb in hexadecimal digits, for example #1a73e8"),
                    checked(
                            "LATCHKEY_TENANT_SUPPORT_EMAIL",
                            TenantLook::isValidSupportEmail,
                            "must be an email address of at most " + TenantLook.MAX_SUPPORT_EMAIL_LENGTH
                                    + " characters"),
                    returnUrls(),
                    checked(
                            "LATCHKEY_TENANT_LINK_BASE",
                            TenantSettings::isValidLinkBase,
                            "must be an absolute http:// or https:// URL of at most "
                                    + TenantSettings.MAX_LINK_BASE_LENGTH
                                    + " characters, without user name, query or fragment"));
        }

        private Optional<List<String>> returnUrls() {
            String key = "LATCHKEY_TENANT_RETURN_URLS";
            Optional<String> text = text(key);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            List<String> urls = Arrays.stream(text.get().split(","))
                    .map(String::trim)
                    .filter(url -> !url.isEmpty())
                    .toList();
            if (urls.size() > TenantSettings.MAX_RETURN_URLS) {
                throw new ConfigException(key + " may list at most " + TenantSettings.MAX_RETURN_URLS + " URLs");
            }
            for (String url : urls) {
                if (!TenantSettings.isValidReturnUrl(url)) {
                    throw new ConfigException(key + " must list absolute http:// or https:// URLs of at most "
                            + TenantSettings.MAX_RETURN_URL_LENGTH
                            + " characters, without user name, query or fragment, "
                            + "separated by commas; not one is: " + printable(url));
                }
            }
            return Optional.of(urls);
        }

        private TrustedProxies trustedProxies() {
            String key = "LATCHKEY_TRUSTED_PROXIES";
            try {
                return text(key).map(TrustedProxies::parse).orElseGet(TrustedProxies::none);
            } catch (IllegalArgumentException e) {
                throw new ConfigException(key + " " + e.getMessage());
            }
        }

        private Optional<String> checked(String key, Predicate<String> valid, String rule) {
            Optional<String> text = text(key);
            if (text.isPresent() && !valid.test(text.get())) {
                throw new ConfigException(key + " " + rule);
            }
            return text;
        }

        /** The value with every character outside printable ASCII shown as {@code ?}, for an error message. */
        private static String printable(String value) {
            String shown = value.length() > 100 ? value.substring(0, 100) + "..." : value;
            return shown.replaceAll("[^\\x20-\\x7e]", "?");
        }

        private Optional<Smtp> smtp(Optional<String> publicUrl) {
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
            return Optional.of(new Smtp(
                    host.get(),
                    integer("LATCHKEY_SMTP_PORT", defaultPort, 1, 65535),
                    text("LATCHKEY_SMTP_USERNAME"),
                    text("LATCHKEY_SMTP_PASSWORD"),
                    transport,
                    sender(publicUrl)));
        }

        /**
         * The sender of every mail. Mail libraries and servers refuse a sender whose domain has no dot
         * ({@code no-reply@localhost}), so a configured one must have it, and the default takes the
         * public URL's host name when it has one.
         */
        private String sender(Optional<String> publicUrl) {
            Optional<String> configured = text("LATCHKEY_MAIL_FROM");
            if (configured.isPresent()) {
                if (!isDeliverableSender(configured.get())) {
                    throw new ConfigException("LATCHKEY_MAIL_FROM must be an email address whose domain has a dot, "
                            + "such as no-reply@shop.example");
                }
                return configured.get();
            }
            return publicUrl
                    .map(url -> "no-reply@" + URI.create(url).getHost())
                    .filter(Reader::isDeliverableSender)
                    .orElse(DEFAULT_SENDER);
        }

        private static boolean isDeliverableSender(String address) {
            String domain = address.substring(address.lastIndexOf('@') + 1);
            return EmailAddress.isValid(address)
                    && domain.contains(".")
                    && !domain.matches("[0-9.]+")
                    && !domain.startsWith(".")
                    && !domain.endsWith(".");
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
