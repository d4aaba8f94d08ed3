package dev.latchkey.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private final StringWriter written = new StringWriter();

    @Test
    void theBarShowsShareCountRateAndTimeLeft() {
        Progress progress = new Progress(new PrintWriter(written), true, 100_000);

        assertThat(progress.line(45_000, 10_000_000_000L))
                .isEqualTo("[=============>                ]  45% 45000/100000  4500/s  0:12 left");
        assertThat(progress.line(100_000, 20_000_000_000L))
                .isEqualTo("[==============================] 100% 100000/100000  5000/s  0:00 left");
    }

    @Test
    void onATerminalTheBarIsRedrawnInPlaceAndEndsWithANewLine() {
        Progress progress = new Progress(new PrintWriter(written), true, 10);

        progress.update(5);
        progress.finish(10);

        assertThat(written.toString())
                .startsWith("\r[")
                .contains("\r[==============================] 100% 10/10")
                .endsWith(System.lineSeparator());
    }

    @Test
    void withoutATerminalNothingIsDrawn() {
        Progress progress = new Progress(new PrintWriter(written), false, 10);

        progress.update(5);
        progress.finish(10);

        assertThat(written.toString()).isEmpty();
    }
}
