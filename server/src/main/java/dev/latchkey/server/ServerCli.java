package dev.latchkey.server;

import dev.latchkey.adapter.cli.CliBackend;
import dev.latchkey.adapter.crypto.NimbusSaasTokenSigner;
import dev.latchkey.adapter.crypto.SecureRandomSecretGenerator;
import dev.latchkey.adapter.crypto.SupportedHashFormats;
import dev.latchkey.adapter.persistence.CommandAccess;
import dev.latchkey.adapter.persistence.DatabaseSettings;
import dev.latchkey.adapter.persistence.Persistence;
import dev.latchkey.application.port.in.client.CreateClientUseCase;
import dev.latchkey.application.port.in.client.ListClientsUseCase;
import dev.latchkey.application.port.in.client.RevokeClientUseCase;
import dev.latchkey.application.port.in.customer.ExportCustomersUseCase;
import dev.latchkey.application.port.in.customer.ImportCustomersUseCase;
import dev.latchkey.application.port.in.tenant.ConfigureTenantUseCase;
import dev.latchkey.application.port.in.tenant.CreateTenantUseCase;
import dev.latchkey.application.port.in.tenant.ListTenantsUseCase;
import dev.latchkey.application.port.out.SecretGenerator;
import dev.latchkey.application.service.client.CreateClientService;
import dev.latchkey.application.service.client.ListClientsService;
import dev.latchkey.application.service.client.RevokeClientService;
import dev.latchkey.application.service.customer.ExportCustomersService;
import dev.latchkey.application.service.customer.ImportCustomersService;
import dev.latchkey.application.service.tenant.ConfigureTenantService;
import dev.latchkey.application.service.tenant.CreateTenantService;
import dev.latchkey.application.service.tenant.ListTenantsService;
import dev.latchkey.domain.tenant.TenantName;
import java.io.PrintStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;

/**
 * The command line's view of Latchkey: the server, or the database the configuration names with
 * the use cases the commands run. On the embedded H2 database a command goes through the server
 * running on the same data folder when there is one (see {@link CommandAccess}).
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
        Persistence persistence = Persistence.open(new DatabaseSettings(url, config.dbUser().orElse(null),
                config.dbPassword().orElse(null), COMMAND_POOL_SIZE));
        SecretGenerator secrets = new SecureRandomSecretGenerator(new SecureRandom());
        return new CommandSession(persistence, secrets);
    }

    /** The use cases of one command, on its open database. */
    private final class CommandSession implements Session {

        private final Persistence persistence;
        private final SecretGenerator secrets;

        CommandSession(Persistence persistence, SecretGenerator secrets) {
            this.persistence = persistence;
            this.secrets = secrets;
        }

        @Override
        public ImportCustomersUseCase importCustomers() {
            return new ImportCustomersService(persistence.tenants(), persistence.customerImport(), new SupportedHashFormats(),
                    persistence.transactions(), clock);
        }

        @Override
        public ExportCustomersUseCase exportCustomers() {
            return new ExportCustomersService(persistence.tenants(), persistence.customerImport());
        }

        @Override
        public CreateTenantUseCase createTenant() {
            return new CreateTenantService(persistence.tenants(), persistence.clients(), persistence.signingKeys(),
                    new NimbusSaasTokenSigner(secrets, () -> config.publicUrl().orElse(null)), persistence.transactions(), clock);
        }

        @Override
        public ListTenantsUseCase listTenants() {
            return new ListTenantsService(persistence.tenants());
        }

        @Override
        public ConfigureTenantUseCase configureTenant() {
            return new ConfigureTenantService(persistence.tenants(), persistence.transactions());
        }

        @Override
        public CreateClientUseCase createClient() {
            return new CreateClientService(persistence.tenants(), persistence.clients(), secrets, persistence.transactions());
        }

        @Override
        public ListClientsUseCase listClients() {
            return new ListClientsService(persistence.tenants(), persistence.clients());
        }

        @Override
        public RevokeClientUseCase revokeClient() {
            return new RevokeClientService(persistence.clients(), persistence.accessGrants(), persistence.transactions(), clock);
        }

        @Override
        public void backupTo(Path zipFile) {
            persistence.backupTo(zipFile);
        }

        @Override
        public void close() {
            persistence.close();
        }
    }
}
