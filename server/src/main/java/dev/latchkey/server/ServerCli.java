package dev.latchkey.server;

import dev.latchkey.adapter.cli.CliBackend;
import dev.latchkey.adapter.metrics.MicrometerMetrics;
import dev.latchkey.adapter.persistence.CommandAccess;
import dev.latchkey.adapter.persistence.DatabaseSettings;
import dev.latchkey.adapter.persistence.Persistence;
import dev.latchkey.application.port.in.client.ClientUseCases;
import dev.latchkey.application.port.in.customer.CustomerTransferUseCases;
import dev.latchkey.application.port.in.tenant.TenantUseCases;
import dev.latchkey.domain.tenant.TenantName;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * The command line's view of Latchkey: the server, or the database the configuration names with the
 * use cases the commands run, from the same composition root as the server's. On the embedded H2
 * database a command goes through the server running on the same data folder when there is one (see
 * {@link CommandAccess}).
 */
public final class ServerCli implements CliBackend {

    /** A command needs one or two connections, not a server's pool. */
    private static final int COMMAND_POOL_SIZE = 2;

    private final Config config;
    private final Clock clock;
    private final PrintStream console;
    private Optional<Application> application = Optional.empty();

    public ServerCli(Config config, Clock clock, PrintStream console) {
        this.config = config;
        this.clock = clock;
        this.console = console;
    }

    @Override
    public void serve() {
        application = Optional.of(Application.start(config, clock, console));
    }

    /** The server {@link #serve()} started, if it did. */
    public Optional<Application> application() {
        return application;
    }

    @Override
    public TenantName defaultTenant() {
        return config.defaultTenant();
    }

    @Override
    public Session open() {
        String url = config.dbUrl().orElseGet(() -> CommandAccess.urlFor(config.dataDir()));
        Persistence persistence = Persistence.open(new DatabaseSettings(
                url, config.dbUser().orElse(null), config.dbPassword().orElse(null), COMMAND_POOL_SIZE));
        MicrometerMetrics metrics = new MicrometerMetrics();
        // a command hands off no work: what a use case would run later runs at once
        CompositionRoot root = new CompositionRoot(config, clock, persistence, metrics, Runnable::run);
        try {
            root.firstStart(console);
        } catch (RuntimeException e) {
            persistence.close();
            metrics.close();
            throw e;
        }
        return new CommandSession(persistence, metrics, root);
    }

    /** The use cases of one command, on its open database. */
    private record CommandSession(Persistence persistence, MicrometerMetrics metrics, CompositionRoot root)
            implements Session {

        @Override
        public TenantUseCases tenants() {
            return root.tenants();
        }

        @Override
        public ClientUseCases clients() {
            return root.clients();
        }

        @Override
        public CustomerTransferUseCases customers() {
            return root.customerTransfer();
        }

        @Override
        public void backupTo(Path zipFile) {
            persistence.backupTo(zipFile);
        }

        @Override
        public void close() {
            persistence.close();
            metrics.close();
        }
    }
}
