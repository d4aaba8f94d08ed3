package dev.latchkey.server;

import java.time.Clock;

/** Starts Latchkey: {@code java -jar latchkey.jar} (or {@code serve}) serves until SIGTERM. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && !"serve".equals(args[0])) {
            System.err.println("Unknown command: " + args[0] + "\nUsage: java -jar latchkey.jar [serve]");
            System.exit(2);
        }
        Application application;
        try {
            Config config = Config.load();
            config.observability().logFormat().apply();
            application = Application.start(config, Clock.systemUTC(), System.out);
        } catch (ConfigException e) {
            System.err.println("Configuration error: " + e.getMessage());
            System.exit(2);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(application::close, "latchkey-shutdown"));
    }
}
