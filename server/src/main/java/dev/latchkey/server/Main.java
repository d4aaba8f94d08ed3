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
        Config config;
        try {
            config = Config.load();
        } catch (ConfigException e) {
            System.err.println("Configuration error: " + e.getMessage());
            System.exit(2);
            return;
        }
        Application application = Application.start(config, Clock.systemUTC(), System.out);
        Runtime.getRuntime().addShutdownHook(new Thread(application::close, "latchkey-shutdown"));
    }
}
