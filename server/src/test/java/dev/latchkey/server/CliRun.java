package dev.latchkey.server;

import dev.latchkey.adapter.cli.LatchkeyCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine;

/**
 * Runs one command in-process on a data folder, as {@code java -jar latchkey.jar ...} would, capturing its output
 * and what it prints to the console (the admin secret of a first start).
 */
record CliRun(int exitCode, String out, String err, String console) {

    static CliRun run(Path dataDir, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        Config config = Config.load(
                Map.of(
                        "LATCHKEY_DATA_DIR",
                        dataDir.toString(),
                        "LATCHKEY_HTTP_PORT",
                        "0",
                        "LATCHKEY_HTTP_HOST",
                        "127.0.0.1"),
                dataDir);
        ServerCli backend =
                new ServerCli(config, Clock.systemUTC(), new PrintStream(console, true, StandardCharsets.UTF_8));
        CommandLine commandLine = LatchkeyCommand.commandLine(backend, false);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        backend.application().ifPresent(Application::close);
        return new CliRun(code, out.toString(), err.toString(), console.toString(StandardCharsets.UTF_8));
    }
}
