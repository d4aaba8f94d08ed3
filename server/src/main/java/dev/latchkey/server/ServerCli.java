package dev.latchkey.server;

import dev.latchkey.adapter.cli.CliBackend;
import dev.latchkey.adapter.crypto.SupportedHashFormats;
import dev.latchkey.adapter.persistence.DatabaseSettings;
import dev.latchkey.adapter.persistence.Persistence;
import dev.latchkey.application.port.in.customer.ExportCustomersUseCase;
import dev.latchkey.application.port.in.customer.ImportCustomersUseCase;
import dev.latchkey.application.service.customer.ExportCustomersService;
import dev.latchkey.application.service.customer.ImportCustomersService;
import dev.latchkey.domain.tenant.TenantName;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * The command line's view of Latchkey: the server, or the database the configuration names with
 * the use cases the commands run. The embedded H2 database is open in one process at a time (see
 * {@link Persistence#embeddedUrl}), so there commands run while no server does.
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
        String url = config.dbUrl().orElseGet(() -> Persistence.embeddedUrl(config.dataDir()));
        Persistence persistence = Persistence.open(new DatabaseSettings(url, config.dbUser().orElse(null),
                config.dbPassword().orElse(null), COMMAND_POOL_SIZE));
        ImportCustomersUseCase importCustomers = new ImportCustomersService(persistence.tenants(), persistence.customerImport(),
                new SupportedHashFormats(), persistence.transactions(), clock);
        ExportCustomersUseCase exportCustomers = new ExportCustomersService(persistence.tenants(), persistence.customerImport());
        return new Session() {
            @Override
            public ImportCustomersUseCase importCustomers() {
                return importCustomers;
            }

            @Override
            public ExportCustomersUseCase exportCustomers() {
                return exportCustomers;
            }

            @Override
            public void backupTo(Path zipFile) {
                persistence.backupTo(zipFile);
            }

            @Override
            public void close() {
                persistence.close();
            }
        };
    }
}
