package dev.latchkey.adapter.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * A one-line progress bar on standard error, with rate and time left, redrawn at most every
 * 200 ms; silent unless standard error is a terminal, so logs and pipes stay clean.
 */
final class Progress {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean enabled;
    private final long total;
    private final long startNanos = System.nanoTime();
    private long lastDraw;

    Progress(PrintWriter err, boolean enabled, long total) {
        this.err = err;
        this.enabled = enabled && total > 0;
        this.total = total;
    }

    void update(long done) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDraw < 200_000_000L && done < total) {
            return;
        }
        lastDraw = now;
        err.print("\r" + line(done, now - startNanos));
        err.flush();
    }

    void finish(long done) {
        if (enabled) {
            update(done);
            err.println();
            err.flush();
        }
    }

    /** {@code [=====>    ]  45% 45000/100000  12345/s  0:04 left} */
    String line(long done, long elapsedNanos) {
        double fraction = Math.min(1.0, (double) done / total);
        int filled = (int) (fraction * WIDTH);
        double seconds = Math.max(elapsedNanos / 1e9, 1e-3);
        double rate = done / seconds;
        long left = rate > 0 ? (long) ((total - done) / rate) : 0;
        Duration leftDuration = Duration.ofSeconds(left);
        return "[" + "=".repeat(filled) + (filled < WIDTH ? ">" + " ".repeat(WIDTH - filled - 1) : "") + "] "
                + String.format(
                        Locale.ROOT,
                        "%3d%% %d/%d  %.0f/s  %d:%02d left",
                        (int) (fraction * 100),
                        done,
                        total,
                        rate,
                        leftDuration.toMinutes(),
                        leftDuration.toSecondsPart());
    }
}
