package dev.latchkey.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Follows docs/storefront.md as a reader would: its {@code sh} blocks, in order, in one bash in an
 * empty folder holding the built jar, on a free port instead of 8080; each answer must show every
 * line the guide shows for it.
 */
class StorefrontGuideIT {

    private static final Path GUIDE = Path.of("..", "docs", "storefront.md");
    private static final Path JAR = Path.of("target", "latchkey.jar");
    private static final String STEP_MARK = "@@guide step ";
    private static final long TIMEOUT_SECONDS = 180;
    /**
     * Stricter than a reader's shell: any failing command fails the run; on the way out, also a
     * failed or timed-out one, the Latchkey the guide started is stopped and waited for.
     */
    private static final String PRELUDE = """
            set -euo pipefail
            trap 'exit 143' TERM
            trap 'if [ -n "${LATCHKEY_PID:-}" ]; then kill "$LATCHKEY_PID" 2>/dev/null || true; wait "$LATCHKEY_PID" 2>/dev/null || true; fi' EXIT
            """;

    @TempDir
    Path folder;

    @Test
    void everyCommandOfTheStorefrontGuideRunsAgainstTheJarAndAnswersAsShown() throws Exception {
        assertThat(JAR).as("the jar the package phase builds").exists();
        int port = ServerProcess.freePort();
        ShellGuide guide = ShellGuide.parse(Files.readString(GUIDE, StandardCharsets.UTF_8))
                .replacing("localhost:8080", "localhost:" + port);
        assertThat(guide.steps()).as("sh blocks of %s", GUIDE).hasSizeGreaterThan(10);
        assertThat(guide.steps().stream().filter(step -> step.answer().isPresent()))
                .hasSizeGreaterThan(10);

        Files.createSymbolicLink(folder.resolve("latchkey.jar"), JAR.toAbsolutePath());
        for (Map.Entry<String, String> file : guide.files().entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
        StringBuilder script = new StringBuilder(PRELUDE);
        for (int i = 0; i < guide.steps().size(); i++) {
            script.append("printf '\\n")
                    .append(STEP_MARK)
                    .append(i)
                    .append("\\n'\n")
                    .append(guide.steps().get(i).script());
        }
        Files.writeString(folder.resolve("guide.sh"), script, StandardCharsets.UTF_8);

        Run run = runBash(port);
        if (run.exitCode() != 0) {
            fail(
                    "The guide stopped with exit code %d in step %s.%n--- output%n%s%n--- errors%n%s%n--- latchkey.log%n%s",
                    run.exitCode(), lastStep(run.output()), run.output(), run.errors(), latchkeyLog());
        }
        List<String> outputs = outputsByStep(run.output(), guide.steps().size());
        for (int i = 0; i < guide.steps().size(); i++) {
            ShellGuide.Step step = guide.steps().get(i);
            if (step.answer().isEmpty()) {
                continue;
            }
            Optional<String> missing = ShellGuide.missingLine(step.answer().get(), outputs.get(i));
            if (missing.isPresent()) {
                fail(
                        "Step %d answered otherwise than the guide shows: no line matches%n  %s%n--- command%n%s--- answer%n%s",
                        i, missing.get(), step.script(), outputs.get(i));
            }
        }
    }

    private record Run(int exitCode, String output, String errors) {}

    private Run runBash(int port) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", "guide.sh")
                .directory(folder.toFile())
                .redirectOutput(folder.resolve("guide.out").toFile())
                .redirectError(folder.resolve("guide.err").toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(key -> key.startsWith("LATCHKEY_"));
        environment.put("LATCHKEY_HTTP_HOST", "127.0.0.1");
        environment.put("LATCHKEY_HTTP_PORT", Integer.toString(port));
        ProcessHandle.current()
                .info()
                .command()
                .map(Path::of)
                .map(Path::getParent)
                .ifPresent(javaBin -> environment.put(
                        "PATH", javaBin + java.io.File.pathSeparator + environment.getOrDefault("PATH", "")));
        Process bash = builder.start();
        if (!bash.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            bash.destroy();
            if (!bash.waitFor(30, TimeUnit.SECONDS)) {
                bash.destroyForcibly();
            }
            fail(
                    "The guide did not finish within %d s.%n--- output%n%s%n--- latchkey.log%n%s",
                    TIMEOUT_SECONDS, read("guide.out"), latchkeyLog());
        }
        return new Run(bash.exitValue(), read("guide.out"), read("guide.err"));
    }

    private static List<String> outputsByStep(String output, int steps) {
        List<String> outputs = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            int start = output.indexOf(STEP_MARK + i + "\n");
            assertThat(start).as("output of step %d", i).isNotNegative();
            int end = i + 1 < steps ? output.indexOf(STEP_MARK + (i + 1) + "\n") : output.length();
            outputs.add(output.substring(start, end));
        }
        return outputs;
    }

    private static String lastStep(String output) {
        int at = output.lastIndexOf(STEP_MARK);
        return at < 0
                ? "(none)"
                : output.substring(at + STEP_MARK.length()).lines().findFirst().orElse("?");
    }

    private String latchkeyLog() throws IOException {
        return read("latchkey.log");
    }

    private String read(String name) throws IOException {
        Path file = folder.resolve(name);
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "(no " + name + ")";
    }
}
