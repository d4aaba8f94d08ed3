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
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The shipped log configuration masks email addresses in messages and stack traces. */
class LogMaskingTest {

    @Test
    void anEmailInAMessageOrAnExceptionNeverReachesTheLogInFull() throws Exception {
        LoggerContext context = new LoggerContext();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(LogMaskingTest.class.getResource("/logback.xml"));
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        Encoder<ILoggingEvent> encoder = ((OutputStreamAppender<ILoggingEvent>) root.getAppender("CONSOLE")).getEncoder();

        String plain = render(encoder, new LoggingEvent(Logger.class.getName(), root, Level.INFO,
                "Sending to ada@example.test failed", null, null));
        String failure = render(encoder, new LoggingEvent(Logger.class.getName(), root, Level.ERROR, "Unexpected failure",
                new IllegalStateException("Key (tenant, email)=(demo, bob.builder@example.test) already exists"), null));
        context.stop();

        assertThat(plain).contains("Sending to ***@*** failed").doesNotContain("ada@example.test");
        assertThat(failure).contains("IllegalStateException").contains("LogMaskingTest")
                .doesNotContain("bob.builder@example.test");
    }

    private static String render(Encoder<ILoggingEvent> encoder, ILoggingEvent event) {
        return new String(encoder.encode(event), StandardCharsets.UTF_8);
    }
}
