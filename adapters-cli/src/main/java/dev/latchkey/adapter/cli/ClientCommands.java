package dev.latchkey.adapter.cli;

import dev.latchkey.application.port.in.client.CreateClientUseCase;
import dev.latchkey.application.port.in.client.ListClientsUseCase;
import dev.latchkey.application.port.in.client.RevokeClientUseCase;
import dev.latchkey.domain.tenant.AdminScopes;
import dev.latchkey.domain.tenant.Client;
import dev.latchkey.domain.tenant.ClientId;
import dev.latchkey.domain.tenant.ClientKind;
import dev.latchkey.domain.tenant.TenantName;
import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code client create|list|revoke}: the storefronts and service clients of a tenant. */
@Command(
        name = "client",
        mixinStandardHelpOptions = true,
        description = "Create, list and revoke a tenant's clients: storefronts and service clients (a shop's backend).",
        subcommands = {ClientCommands.Create.class, ClientCommands.ListClients.class, ClientCommands.Revoke.class})
final class ClientCommands implements Callable<Integer> {

    private static final String KNOWN_SCOPES = String.join(", ", new TreeSet<>(AdminScopes.ALL));

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name a subcommand: create, list or revoke");
    }

    @Command(
            name = "create",
            mixinStandardHelpOptions = true,
            description = {
                "Create a client. A service client gets a secret, printed this once (only its hash is kept);",
                "it takes tokens with POST /oauth/token (client credentials). Scopes: " + "%n  "
                        + "write:accounts:/auth/users, customer.customer_read, customer.customer_manage."
            })
    static final class Create implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--tenant", paramLabel = "T", description = "the tenant (default: LATCHKEY_DEFAULT_TENANT)")
        String tenant;

        @Option(
                names = "--name",
                paramLabel = "N",
                required = true,
                description =
                        "the client id: 3 to 64 letters, digits, dots, dashes or underscores, unique in the installation")
        String name;

        @Option(
                names = "--kind",
                paramLabel = "K",
                defaultValue = "service",
                description =
                        "service (a shop's backend, with secret and scopes) or storefront (default: ${DEFAULT-VALUE})")
        String kind;

        @Option(
                names = "--scopes",
                paramLabel = "a,b",
                split = ",",
                description = "the service client's scopes, separated by commas")
        List<String> scopes;

        @Override
        public Integer call() {
            TenantName tenantName = LatchkeyCommand.tenantName(spec, tenant, TenantCommands.root(spec).backend);
            ClientId id = clientId(spec, name);
            ClientKind clientKind = switch (kind.toLowerCase(Locale.ROOT)) {
                case "service" -> ClientKind.SERVICE;
                case "storefront" -> ClientKind.STOREFRONT;
                default ->
                    throw new CommandLine.ParameterException(
                            spec.commandLine(), "--kind must be service or storefront");
            };
            Set<String> scopeSet = scopes == null
                    ? Set.of()
                    : Set.copyOf(scopes.stream()
                            .map(String::strip)
                            .filter(scope -> !scope.isEmpty())
                            .toList());
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            CreateClientUseCase.Result result;
            try (CliBackend.Session session = TenantCommands.root(spec).backend.open()) {
                result = session.clients()
                        .create()
                        .create(new CreateClientUseCase.Command(tenantName, id, clientKind, scopeSet));
            }
            if (result instanceof CreateClientUseCase.ScopesRefused refused) {
                String reason = !refused.unknown().isEmpty()
                        ? "unknown scopes: " + String.join(", ", new TreeSet<>(refused.unknown()))
                        : clientKind == ClientKind.SERVICE
                                ? "a service client needs at least one scope"
                                : "a storefront client takes no scopes";
                throw new CommandLine.ParameterException(
                        spec.commandLine(), "--scopes: " + reason + " (known: " + KNOWN_SCOPES + ")");
            }
            if (result instanceof CreateClientUseCase.UnknownTenant) {
                err.println("No tenant " + tenantName);
                return LatchkeyCommand.FAILED;
            }
            if (result instanceof CreateClientUseCase.IdTaken) {
                err.println("A client " + id
                        + " exists already (client ids are unique in the installation, revoked ones too)");
                return LatchkeyCommand.FAILED;
            }
            CreateClientUseCase.Created created = (CreateClientUseCase.Created) result;
            Client client = created.client();
            if (created.secret().isEmpty()) {
                out.println("Created storefront client " + id + " of tenant " + tenantName + ".");
                return 0;
            }
            out.println("Created service client " + id + " of tenant " + tenantName + " with the scopes "
                    + String.join(", ", new TreeSet<>(client.scopes())) + ".");
            out.println("Its secret is shown this once; keep it safe:");
            out.println(created.secret().get());
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List a tenant's clients, revoked ones too.")
    static final class ListClients implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--tenant", paramLabel = "T", description = "the tenant (default: LATCHKEY_DEFAULT_TENANT)")
        String tenant;

        @Override
        public Integer call() {
            TenantName tenantName = LatchkeyCommand.tenantName(spec, tenant, TenantCommands.root(spec).backend);
            ListClientsUseCase.Result result;
            try (CliBackend.Session session = TenantCommands.root(spec).backend.open()) {
                result = session.clients().list().list(tenantName);
            }
            if (!(result instanceof ListClientsUseCase.Listed listed)) {
                spec.commandLine().getErr().println("No tenant " + tenantName);
                return LatchkeyCommand.FAILED;
            }
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "%-32s  %-10s  %-29s  %s%n", "CLIENT ID", "KIND", "STATUS", "SCOPES");
            for (Client client : listed.clients()) {
                String status = client.revokedAt()
                        .map(at ->
                                "revoked " + DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.SECONDS)))
                        .orElse("active");
                out.printf(
                        Locale.ROOT,
                        "%-32s  %-10s  %-29s  %s%n",
                        client.id(),
                        client.kind().name().toLowerCase(Locale.ROOT),
                        status,
                        client.scopes().isEmpty() ? "-" : String.join(",", new TreeSet<>(client.scopes())));
            }
            return 0;
        }
    }

    @Command(
            name = "revoke",
            mixinStandardHelpOptions = true,
            description = {
                "Revoke a client: it gets no more tokens, and its service tokens stop working at once.",
                "Tokens a storefront handed to visitors and customers live out their lifetime."
            })
    static final class Revoke implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--tenant", paramLabel = "T", description = "the tenant (default: LATCHKEY_DEFAULT_TENANT)")
        String tenant;

        @Option(names = "--name", paramLabel = "N", required = true, description = "the client id")
        String name;

        @Override
        public Integer call() {
            TenantName tenantName = LatchkeyCommand.tenantName(spec, tenant, TenantCommands.root(spec).backend);
            ClientId id = clientId(spec, name);
            RevokeClientUseCase.Result result;
            try (CliBackend.Session session = TenantCommands.root(spec).backend.open()) {
                result = session.clients().revoke().revoke(new RevokeClientUseCase.Command(tenantName, id));
            }
            if (result instanceof RevokeClientUseCase.Revoked revoked) {
                spec.commandLine()
                        .getOut()
                        .println("Revoked client " + id + " of tenant " + tenantName + "; "
                                + revoked.serviceTokensEnded() + " service tokens stopped working.");
                return 0;
            }
            if (result instanceof RevokeClientUseCase.AlreadyRevoked) {
                spec.commandLine().getOut().println("Client " + id + " was revoked already.");
                return 0;
            }
            spec.commandLine().getErr().println("Tenant " + tenantName + " has no client " + id);
            return LatchkeyCommand.FAILED;
        }
    }

    private static ClientId clientId(CommandLine.Model.CommandSpec spec, String given) {
        try {
            return new ClientId(given);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--name: " + e.getMessage());
        }
    }
}
