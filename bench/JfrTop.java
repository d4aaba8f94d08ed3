import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the CPU time of a JFR recording of the server goes, as Markdown: the share of Java
 * execution samples by component (each sample is charged to the first frame from the top that is
 * not plain JDK code, so a {@code String.hashCode} called by H2 counts as H2), the Latchkey methods
 * most often on the stack, and the garbage collector's pauses. Part of the benchmark, not of the
 * product. Run: {@code java bench/JfrTop.java FILE.jfr}.
 */
public class JfrTop {

    /** Component by class-name prefix; the first match wins, so the JDK's own I/O and crypto come first. */
    private static final Map<String, String> COMPONENTS = new LinkedHashMap<>();

    static {
        COMPONENTS.put("sun.nio.", "socket I/O (JDK NIO)");
        COMPONENTS.put("java.nio.channels.", "socket I/O (JDK NIO)");
        COMPONENTS.put("sun.security.", "crypto (JDK: SHA-256, ECDSA, SecureRandom)");
        COMPONENTS.put("java.security.", "crypto (JDK: SHA-256, ECDSA, SecureRandom)");
        COMPONENTS.put("javax.crypto.", "crypto (JDK: SHA-256, ECDSA, SecureRandom)");
        COMPONENTS.put("org.h2.", "H2 database engine");
        COMPONENTS.put("org.jdbi.", "JDBI and HikariCP (SQL access)");
        COMPONENTS.put("com.zaxxer.hikari.", "JDBI and HikariCP (SQL access)");
        COMPONENTS.put("ch.qos.logback.", "request log (Logback)");
        COMPONENTS.put("org.slf4j.", "request log (Logback)");
        COMPONENTS.put("com.fasterxml.jackson.", "JSON (Jackson)");
        COMPONENTS.put("tools.jackson.", "JSON (Jackson)");
        COMPONENTS.put("org.flywaydb.", "schema check (Flyway)");
        COMPONENTS.put("gg.jte.", "templates (jte)");
        COMPONENTS.put("me.gosimple.nbvcxz.", "breached-password list (nbvcxz)");
        COMPONENTS.put("com.nimbusds.", "JWT signing (Nimbus)");
        COMPONENTS.put("com.password4j.", "Argon2id (Password4j)");
        COMPONENTS.put("io.javalin.", "Javalin");
        COMPONENTS.put("kotlin.", "Javalin");
        COMPONENTS.put("org.eclipse.jetty.", "Jetty (HTTP)");
        COMPONENTS.put("jakarta.servlet.", "Jetty (HTTP)");
        COMPONENTS.put("dev.latchkey.", "Latchkey code");
    }

    public static void main(String[] args) throws Exception {
        Map<String, Integer> byComponent = new HashMap<>();
        Map<String, Integer> latchkeyInclusive = new HashMap<>();
        int samples = 0;
        int gcCount = 0;
        Duration gcPause = Duration.ZERO;
        Duration longestPause = Duration.ZERO;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            String type = event.getEventType().getName();
            if (type.equals("jdk.GarbageCollection")) {
                gcCount++;
                Duration pause = event.getDuration("sumOfPauses");
                gcPause = gcPause.plus(pause);
                longestPause = pause.compareTo(longestPause) > 0 ? pause : longestPause;
                continue;
            }
            if (!type.equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            byComponent.merge(component(frames), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame frame : frames) {
                String owner = frame.getMethod().getType().getName();
                if (owner.startsWith("dev.latchkey.") && !owner.contains("$$Lambda")
                        && !frame.getMethod().getName().startsWith("lambda$")) {
                    String name = owner.substring(owner.lastIndexOf('.') + 1) + "." + frame.getMethod().getName();
                    if (seen.add(name)) {
                        latchkeyInclusive.merge(name, 1, Integer::sum);
                    }
                }
            }
        }
        int total = Math.max(1, samples);
        System.out.printf("%d Java execution samples.%n%n| component (self time, with the JDK code it calls) | share |%n| --- | ---: |%n",
                samples);
        byComponent.entrySet().stream()
                .sorted((a, b) -> b.getValue() - a.getValue())
                .forEach(e -> System.out.printf("| %s | %.1f %% |%n", e.getKey(), 100.0 * e.getValue() / total));
        System.out.printf("%n| Latchkey method (on the stack) | share |%n| --- | ---: |%n");
        latchkeyInclusive.entrySet().stream()
                .sorted((a, b) -> b.getValue() - a.getValue())
                .limit(12)
                .forEach(e -> System.out.printf("| `%s` | %.1f %% |%n", e.getKey(), 100.0 * e.getValue() / total));
        System.out.printf("%nGarbage collections during the recording: %d, pauses %d ms in all, longest %.1f ms.%n",
                gcCount, gcPause.toMillis(), longestPause.toNanos() / 1e6);
    }

    private static String component(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String owner = frame.getMethod().getType().getName();
            for (Map.Entry<String, String> entry : COMPONENTS.entrySet()) {
                if (owner.startsWith(entry.getKey())) {
                    return entry.getValue();
                }
            }
            if (!(owner.startsWith("java.") || owner.startsWith("jdk.") || owner.startsWith("sun.")
                    || owner.startsWith("javax.") || owner.startsWith("com.sun."))) {
                return "other: " + owner.substring(0, Math.max(0, owner.lastIndexOf('.')));
            }
        }
        return "JDK only (no library frame on the stack)";
    }
}
