package dev.latchkey.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.latchkey.server.logging.JsonLogEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.event.KeyValuePair;

/** The shipped log configuration masks email addresses in messages and stack traces, as text and as JSON lines. */
class LogMaskingTest {

    @Test
    void anEmailInAMessageOrAnExceptionNeverReachesTheLogInFull() throws Exception {
        LoggerContext context = new LoggerContext();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(LogMaskingTest.class.getResource("/logback.xml"));
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        Encoder<ILoggingEvent> encoder =
                ((OutputStreamAppender<ILoggingEvent>) root.getAppender("CONSOLE")).getEncoder();

        String plain = render(
                encoder,
                new LoggingEvent(
                        Logger.class.getName(), root, Level.INFO, "Sending to ada@example.test failed", null, null));
        String failure = render(
                encoder,
                new LoggingEvent(
                        Logger.class.getName(),
                        root,
                        Level.ERROR,
                        "Unexpected failure",
                        new IllegalStateException(
                                "Key (tenant, email)=(demo, bob.builder@example.test) already exists"),
                        null));
        context.stop();

        assertThat(plain)
                .endsWith(" - Sending to ***@*** failed" + System.lineSeparator())
                .doesNotContain("ada@example.test");
        assertThat(failure)
                .contains("IllegalStateException")
                .contains("LogMaskingTest")
                .doesNotContain("bob.builder@example.test")
                .doesNotContain("%");
        assertThat(failure.split("java.lang.IllegalStateException", -1))
                .as("the stack trace once")
                .hasSize(2);
    }

    @Test
    void jsonLinesMaskEmailsInMessagesValuesAndExceptionsAndStayValidJson() throws Exception {
        LoggerContext context = new LoggerContext();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        JsonLogEncoder encoder = new JsonLogEncoder();
        encoder.setContext(context);
        encoder.start();

        LoggingEvent event = new LoggingEvent(
                Logger.class.getName(),
                root,
                Level.ERROR,
                "Sending to \"ada@example.test\" failed",
                new IllegalStateException("Key (tenant, email)=(demo, bob.builder@example.test) already exists"),
                null);
        event.addKeyValuePair(new KeyValuePair("recipient", "carol@example.test"));
        event.addKeyValuePair(new KeyValuePair("status", 503));
        String line = render(encoder, event);
        context.stop();

        assertThat(line)
                .endsWith("}\n")
                .doesNotContain("ada@example.test", "bob.builder@example.test", "carol@example.test");
        JsonNode json = new ObjectMapper().readTree(line);
        assertThat(json.get("message").asText()).isEqualTo("Sending to ***@*** failed");
        assertThat(json.get("recipient").asText()).isEqualTo("***@***");
        assertThat(json.get("status").asInt()).isEqualTo(503);
        assertThat(json.get("level").asText()).isEqualTo("ERROR");
        assertThat(json.get("exception").asText()).contains("IllegalStateException", "***@***");
    }

    private static String render(Encoder<ILoggingEvent> encoder, ILoggingEvent event) {
        return new String(encoder.encode(event), StandardCharsets.UTF_8);
    }
}
