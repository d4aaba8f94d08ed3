package dev.latchkey.adapter.cli;

import dev.latchkey.application.port.in.customer.ImportCustomersUseCase;
import dev.latchkey.application.port.in.customer.ImportCustomersUseCase.ImportedCustomer;
import dev.latchkey.application.port.in.customer.ImportCustomersUseCase.Refusal;
import dev.latchkey.domain.tenant.TenantName;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code java -jar latchkey.jar [command]}: with no command it serves. Exit codes: 0 done,
 * 1 failed (unknown tenant, unreadable file, database error), 2 wrong usage, 3 import finished
 * but refused some rows.
 */
@Command(
        name = "latchkey",
        mixinStandardHelpOptions = true,
        versionProvider = LatchkeyCommand.Version.class,
        description = "Customer identity for web shops. Without a command: serve.",
        subcommands = {
            LatchkeyCommand.Serve.class,
            LatchkeyCommand.Migrate.class,
            LatchkeyCommand.Customers.class,
            LatchkeyCommand.Backup.class,
            TenantCommands.class,
            ClientCommands.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:failed", "2:wrong usage", "3:import done, some rows refused (see the report)"})
public final class LatchkeyCommand implements Callable<Integer> {

    public static final int FAILED = 1;
    public static final int REFUSED_ROWS = 3;

    final CliBackend backend;
    final boolean interactive;
    private boolean serving;

    @Spec
    CommandLine.Model.CommandSpec spec;

    public LatchkeyCommand(CliBackend backend, boolean interactive) {
        this.backend = backend;
        this.interactive = interactive;
    }

    /** The command line for {@code backend}; {@code interactive} = standard error is a terminal (progress bars). */
    public static CommandLine commandLine(CliBackend backend, boolean interactive) {
        LatchkeyCommand root = new LatchkeyCommand(backend, interactive);
        CommandLine commandLine = new CommandLine(root);
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            cmd.getErr().println("Failed: " + e.getMessage());
            return FAILED;
        });
        return commandLine;
    }

    /** Runs the command {@code args} name with standard output and error; returns the exit code. */
    public static int run(CliBackend backend, boolean interactive, String... args) {
        if (args.length == 0) {
            // the default command needs no parsing, and building every command's model costs a fifth of a start
            backend.serve();
            return 0;
        }
        return commandLine(backend, interactive).execute(args);
    }

    /** True when the command run was {@code serve}: the process must keep running. */
    public boolean serving() {
        return serving;
    }

    @Override
    public Integer call() {
        serving = true;
        backend.serve();
        return 0;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Optional.ofNullable(
                            LatchkeyCommand.class.getPackage().getImplementationVersion())
                    .orElse("development");
            return new String[] {"Latchkey " + version};
        }
    }

    @Command(
            name = "serve",
            mixinStandardHelpOptions = true,
            description = "Serve the API and pages until stopped (the default).")
    static final class Serve implements Callable<Integer> {
        @ParentCommand
        LatchkeyCommand root;

        @Override
        public Integer call() {
            return root.call();
        }
    }

    @Command(
            name = "migrate",
            mixinStandardHelpOptions = true,
            description = "Bring the database schema up to date, then exit.")
    static final class Migrate implements Callable<Integer> {
        @ParentCommand
        LatchkeyCommand root;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (CliBackend.Session ignored = root.backend.open()) {
                spec.commandLine().getOut().println("The database schema is up to date.");
            }
            return 0;
        }
    }

    @Command(
            name = "backup",
            mixinStandardHelpOptions = true,
            description = {
                "Write a consistent copy of the embedded H2 database to a zip file, while a server runs or not.",
                "Restore: stop the server, unzip the file into LATCHKEY_DATA_DIR (it holds latchkey.mv.db), start again."
            })
    static final class Backup implements Callable<Integer> {
        @ParentCommand
        LatchkeyCommand root;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "the zip file to write (replaced if it exists)")
        Path file;

        @Override
        public Integer call() {
            try (CliBackend.Session session = root.backend.open()) {
                session.backupTo(file);
            }
            spec.commandLine().getOut().println("Backup written to " + file.toAbsolutePath());
            return 0;
        }
    }

    @Command(
            name = "customers",
            mixinStandardHelpOptions = true,
            description = "Import and export customers.",
            subcommands = {Import.class, Export.class})
    static final class Customers implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            throw new CommandLine.ParameterException(spec.commandLine(), "Name a subcommand: import or export");
        }
    }

    enum Format {
        JSONL,
        CSV
    }

    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = {
                "Import customers with their old password hashes (bcrypt, Argon2, scrypt, Django PBKDF2,",
                "phpass) from JSON Lines or CSV. Accounts are active, no mail is sent, nothing is hashed;",
                "customers whose email the tenant has already are left as they are."
            })
    static final class Import implements Callable<Integer> {
        @ParentCommand
        Customers customers;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--tenant", paramLabel = "T", description = "the tenant (default: LATCHKEY_DEFAULT_TENANT)")
        String tenant;

        @Option(
                names = "--format",
                paramLabel = "F",
                description = "JSONL or CSV (default: from the file name; .csv = CSV)")
        Format format;

        @Option(
                names = "--batch-size",
                paramLabel = "N",
                defaultValue = "1000",
                description = "rows per transaction (default: ${DEFAULT-VALUE})")
        int batchSize;

        @Parameters(paramLabel = "FILE", description = "JSON Lines (one customer a line) or CSV with a header line")
        Path file;

        @Override
        public Integer call() throws IOException {
            LatchkeyCommand root = (LatchkeyCommand) spec.parent().parent().userObject();
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (batchSize < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--batch-size must be at least 1");
            }
            TenantName tenantName = tenantName(spec, tenant, root.backend);
            if (!Files.isReadable(file)) {
                err.println("Cannot read " + file);
                return FAILED;
            }
            Format chosen = format != null
                    ? format
                    : file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")
                            ? Format.CSV
                            : Format.JSONL;
            long totalLines;
            try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
                totalLines = lines.count();
            }
            Progress progress = new Progress(err, root.interactive, totalLines);
            long started = System.nanoTime();
            int added = 0;
            int alreadyThere = 0;
            List<Refusal> refused = new ArrayList<>();
            try (CliBackend.Session session = root.backend.open();
                    BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                List<String> header = null;
                List<ImportedCustomer> batch = new ArrayList<>();
                long lineNumber = 0;
                String line;
                while ((line = reader.readLine()) != null) {
                    lineNumber++;
                    if (line.isBlank()) {
                        continue;
                    }
                    try {
                        if (chosen == Format.CSV && header == null) {
                            header = Csv.fields(line.startsWith("\uFEFF") ? line.substring(1) : line).stream()
                                    .map(String::strip)
                                    .toList();
                            continue;
                        }
                        batch.add(
                                chosen == Format.CSV
                                        ? CustomerRows.fromCsv(lineNumber, record(header, Csv.fields(line)))
                                        : CustomerRows.fromJson(lineNumber, line));
                    } catch (CustomerRows.RowException e) {
                        refused.add(new Refusal(lineNumber, e.getMessage()));
                    }
                    if (batch.size() >= batchSize) {
                        ImportCustomersUseCase.Imported result = send(session, tenantName, batch);
                        if (result == null) {
                            err.println("No tenant " + tenantName.value());
                            return FAILED;
                        }
                        added += result.added();
                        alreadyThere += result.alreadyThere();
                        refused.addAll(result.refused());
                        batch.clear();
                        progress.update(lineNumber);
                    }
                }
                ImportCustomersUseCase.Imported result = send(session, tenantName, batch);
                if (result == null) {
                    err.println("No tenant " + tenantName.value());
                    return FAILED;
                }
                added += result.added();
                alreadyThere += result.alreadyThere();
                refused.addAll(result.refused());
                progress.finish(lineNumber);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            refused.sort((a, b) -> Long.compare(a.line(), b.line()));
            out.printf(
                    Locale.ROOT,
                    "Imported %d customers into %s in %.1f s; %d were there already; %d refused.%n",
                    added,
                    tenantName.value(),
                    seconds,
                    alreadyThere,
                    refused.size());
            if (!refused.isEmpty()) {
                err.println("Refused rows:");
                refused.forEach(refusal -> err.println("  line " + refusal.line() + ": " + refusal.reason()));
                return REFUSED_ROWS;
            }
            return 0;
        }

        private static ImportCustomersUseCase.Imported send(
                CliBackend.Session session, TenantName tenant, List<ImportedCustomer> batch) {
            if (batch.isEmpty()) {
                return new ImportCustomersUseCase.Imported(0, 0, List.of());
            }
            var result = session.customers()
                    .importCustomers()
                    .importBatch(new ImportCustomersUseCase.Command(tenant, batch));
            return result instanceof ImportCustomersUseCase.Imported imported ? imported : null;
        }

        private static Map<String, String> record(List<String> header, List<String> fields) {
            if (fields.size() > header.size()) {
                throw new CustomerRows.RowException(
                        "more fields (" + fields.size() + ") than the header has (" + header.size() + ")");
            }
            Map<String, String> record = new HashMap<>();
            for (int i = 0; i < fields.size(); i++) {
                record.put(header.get(i), fields.get(i));
            }
            return record;
        }
    }

    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description = "Write a tenant's customers with profile and addresses as JSON Lines to standard output.")
    static final class Export implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--tenant", paramLabel = "T", description = "the tenant (default: LATCHKEY_DEFAULT_TENANT)")
        String tenant;

        @Option(
                names = "--with-password-hashes",
                description = "include each customer's password hash (for moving to another installation)")
        boolean withHashes;

        @Override
        public Integer call() {
            LatchkeyCommand root = (LatchkeyCommand) spec.parent().parent().userObject();
            PrintWriter out = spec.commandLine().getOut();
            TenantName tenantName = tenantName(spec, tenant, root.backend);
            boolean found;
            try (CliBackend.Session session = root.backend.open()) {
                found = session.customers()
                        .exportCustomers()
                        .export(tenantName, customer -> out.println(ExportJson.line(customer, withHashes)));
            }
            out.flush();
            if (!found) {
                spec.commandLine().getErr().println("No tenant " + tenantName.value());
                return FAILED;
            }
            return 0;
        }
    }

    static TenantName tenantName(CommandLine.Model.CommandSpec spec, String given, CliBackend backend) {
        if (given == null) {
            return backend.defaultTenant();
        }
        try {
            return new TenantName(given);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--tenant: " + e.getMessage());
        }
    }
}
