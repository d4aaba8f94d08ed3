package dev.latchkey.server;

import dev.latchkey.adapter.cli.LatchkeyCommand;
import dev.latchkey.adapter.cli.StandardError;
import dev.latchkey.adapter.persistence.CommandAccess;
import java.time.Clock;

/**
 * Starts Latchkey: {@code java -jar latchkey.jar} (or {@code serve}) serves until SIGTERM; the other
 * commands ({@code --help} lists them) run against the same configuration and exit.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        CommandAccess.listenOnLoopbackOnly();
        ServerCli cli;
        try {
            Config config = Config.load();
            config.observability().logFormat().apply();
            cli = new ServerCli(config, Clock.systemUTC(), System.out);
        } catch (ConfigException e) {
            System.err.println("Configuration error: " + e.getMessage());
            System.exit(2);
            return;
        }
        int exitCode = LatchkeyCommand.run(cli, StandardError.isTerminal(), args);
        if (cli.application().isEmpty()) {
            System.exit(exitCode);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(cli.application().get()::close, "latchkey-shutdown"));
    }
}
