package dev.latchkey.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The variables Config reads, the table of docs/configuration.md and the example dist/latchkey.env agree. */
class ConfigurationDocsTest {

    private static final Path CONFIG_SOURCE =
            Path.of("src", "main", "java", "dev", "latchkey", "server", "Config.java");
    private static final Path CONFIGURATION_DOC = Path.of("..", "docs", "configuration.md");
    private static final Path EXAMPLE_ENV = Path.of("..", "dist", "latchkey.env");

    private static final Pattern KEY_IN_SOURCE = Pattern.compile("\"(LATCHKEY_[A-Z][A-Z_]*)\"");
    private static final Pattern KEY_IN_TABLE = Pattern.compile("(?m)^\\| `(LATCHKEY_[A-Z_]+)` \\|");
    private static final Pattern EXAMPLE_LINE = Pattern.compile("(?m)^#?(LATCHKEY_[A-Z_]+)=(.*)$");

    @TempDir
    Path workingDirectory;

    @Test
    void theConfigurationGuideListsEveryVariableTheCodeReads() throws IOException {
        assertThat(keys(KEY_IN_TABLE, read(CONFIGURATION_DOC))).isEqualTo(keysReadByConfig());
    }

    @Test
    void theExampleEnvironmentFileNamesEveryVariableTheCodeReads() throws IOException {
        assertThat(exampleValues().keySet()).isEqualTo(keysReadByConfig());
    }

    @Test
    void everyExampleValueIsAccepted() throws IOException {
        Map<String, String> examples = exampleValues();

        Config config = Config.load(examples, workingDirectory);

        assertThat(config.publicUrl()).contains(examples.get("LATCHKEY_PUBLIC_URL"));
        assertThat(config.smtp()).isPresent();
        assertThat(config.dbUrl()).contains(examples.get("LATCHKEY_DB_URL"));
        assertThat(config.tenantOverrides().displayName()).contains("Example Shop");
        assertThat(config.tenantOverrides().returnUrls())
                .hasValueSatisfying(urls -> assertThat(urls).hasSize(2));
        assertThat(config.trustedProxies().isEmpty()).isFalse();
    }

    private static Set<String> keysReadByConfig() throws IOException {
        Set<String> keys = keys(KEY_IN_SOURCE, read(CONFIG_SOURCE));
        assertThat(keys).as("variables read in %s", CONFIG_SOURCE).hasSizeGreaterThan(20);
        return keys;
    }

    /** Every line of the example file, commented out or not, as a variable with its value (quotes taken off). */
    private static Map<String, String> exampleValues() throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        Matcher line = EXAMPLE_LINE.matcher(read(EXAMPLE_ENV));
        while (line.find()) {
            String value = line.group(2).strip();
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            values.put(line.group(1), value);
        }
        return values;
    }

    private static Set<String> keys(Pattern pattern, String text) {
        Set<String> keys = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return keys;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
