package dev.latchkey.adapter.cli;

import dev.latchkey.application.port.in.tenant.ConfigureTenantUseCase;
import dev.latchkey.application.port.in.tenant.CreateTenantUseCase;
import dev.latchkey.domain.tenant.AdminScopes;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.tenant.TenantLook;
import dev.latchkey.domain.tenant.TenantName;
import dev.latchkey.domain.tenant.TenantSettings;
import dev.latchkey.domain.tenant.TokenLifetime;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tenant create|list|update}: the shops of this installation. */
@Command(
        name = "tenant",
        mixinStandardHelpOptions = true,
        description = "Create, list and change tenants (shops).",
        subcommands = {TenantCommands.Create.class, TenantCommands.ListTenants.class, TenantCommands.Update.class})
final class TenantCommands implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name a subcommand: create, list or update");
    }

    /** What a tenant shows and where it sends customers; each option left out stays as it is. */
    static final class Details {
        @Option(names = "--display-name", paramLabel = "TEXT", description = "the shop's name as customers see it")
        String displayName;

        @Option(
                names = "--logo-url",
                paramLabel = "URL",
                description = "https address of the logo on the pages (\"\" removes it)")
        String logoUrl;

        @Option(
                names = "--primary-color",
                paramLabel = "#RRGGBB",
                description = "the pages' main colour (\"\" removes it)")
        String primaryColor;

        @Option(
                names = "--support-email",
                paramLabel = "ADDRESS",
                description = "the address shown for help (\"\" removes it)")
        String supportEmail;

        @Option(
                names = "--link-base",
                paramLabel = "URL",
                description =
                        "base of the links in the tenant's mails, instead of LATCHKEY_PUBLIC_URL (\"\" removes it)")
        String linkBase;

        @Option(
                names = "--return-urls",
                paramLabel = "URL[,URL...]",
                split = ",",
                description =
                        "the shop's addresses the pages may send a customer back to after sign-in; replaces the list (\"\" empties it)")
        List<String> returnUrls;

        @Option(
                names = "--anonymous-token-lifetime",
                paramLabel = "TIME",
                description = "how long an anonymous token lives, e.g. 1h")
        String anonymousLifetime;

        @Option(
                names = "--access-token-lifetime",
                paramLabel = "TIME",
                description = "how long a customer's access token lives, e.g. 15m")
        String accessLifetime;

        @Option(
                names = "--refresh-token-lifetime",
                paramLabel = "TIME",
                description = "how long a refresh token lives, e.g. 30d")
        String refreshLifetime;

        @Option(
                names = "--service-token-lifetime",
                paramLabel = "TIME",
                description = "how long a service token lives, e.g. 1h")
        String serviceLifetime;

        @Option(
                names = "--activation-link-lifetime",
                paramLabel = "TIME",
                description =
                        "how long the link of an activation mail works, e.g. 48h. TIME: a number with s, m, h or d, from 1m to 366d")
        String activationLifetime;

        @Option(
                names = "--refresh-reuse-window",
                paramLabel = "TIME",
                description =
                        "how long after its use a refresh token sent again (a retry, a second tab) gets another new pair"
                                + " instead of ending the session, from 0s (off) to 5m; 10s unless set")
        String refreshReuseWindow;

        ConfigureTenantUseCase.Command command(CommandLine commandLine, TenantName tenant) {
            ConfigureTenantUseCase.Command command = ConfigureTenantUseCase.Command.forTenant(tenant);
            command = with(
                    commandLine,
                    command,
                    displayName,
                    "--display-name",
                    "must be 1 to " + Tenant.MAX_DISPLAY_NAME_LENGTH + " characters",
                    command::withDisplayName);
            command = with(
                    commandLine,
                    command,
                    logoUrl,
                    "--logo-url",
                    "must be an absolute https URL (http only for localhost)" + " of at most "
                            + TenantLook.MAX_LOGO_URL_LENGTH + " characters",
                    command::withLogoUrl);
            command = with(
                    commandLine,
                    command,
                    primaryColor,
                    "--primary-color",
                    "must be a colour written #rrggbb, for example #1a73e8",
                    command::withPrimaryColor);
            command = with(
                    commandLine,
                    command,
                    supportEmail,
                    "--support-email",
                    "must be an email address",
                    command::withSupportEmail);
            command = with(
                    commandLine,
                    command,
                    linkBase,
                    "--link-base",
                    "must be an absolute http:// or https:// URL" + " without user name, query or fragment",
                    command::withLinkBase);
            if (returnUrls != null) {
                List<String> urls = returnUrls.stream()
                        .map(String::strip)
                        .filter(url -> !url.isEmpty())
                        .toList();
                command = with(
                        commandLine,
                        command,
                        urls,
                        "--return-urls",
                        "must list at most " + TenantSettings.MAX_RETURN_URLS
                                + " absolute http:// or https:// URLs without user name, query or fragment, separated by commas",
                        command::withAllowedReturnUrls);
            }
            command = withLifetime(
                    commandLine, command, anonymousLifetime, "--anonymous-token-lifetime", TokenLifetime.ANONYMOUS);
            command =
                    withLifetime(commandLine, command, accessLifetime, "--access-token-lifetime", TokenLifetime.ACCESS);
            command = withLifetime(
                    commandLine, command, refreshLifetime, "--refresh-token-lifetime", TokenLifetime.REFRESH);
            command = withLifetime(
                    commandLine, command, serviceLifetime, "--service-token-lifetime", TokenLifetime.SERVICE);
            command = withLifetime(
                    commandLine, command, activationLifetime, "--activation-link-lifetime", TokenLifetime.ACTIVATION);
            if (refreshReuseWindow != null) {
                Duration window = Durations.parse(refreshReuseWindow.strip())
                        .orElseThrow(() -> new CommandLine.ParameterException(
                                commandLine, "--refresh-reuse-window must be a number with s or m, for example 10s"));
                command = with(
                        commandLine,
                        command,
                        window,
                        "--refresh-reuse-window",
                        "must be from 0s to 5m",
                        command::withRefreshReuseWindow);
            }
            return command;
        }

        private static ConfigureTenantUseCase.Command withLifetime(
                CommandLine commandLine,
                ConfigureTenantUseCase.Command command,
                String value,
                String option,
                TokenLifetime which) {
            if (value == null) {
                return command;
            }
            Duration lifetime = Durations.parse(value.strip())
                    .orElseThrow(() -> new CommandLine.ParameterException(
                            commandLine, option + " must be a number with s, m, h or d," + " for example 15m or 30d"));
            return with(
                    commandLine,
                    command,
                    lifetime,
                    option,
                    "must be from 1m to 366d",
                    changed -> command.withLifetime(which, changed));
        }

        private static <T> ConfigureTenantUseCase.Command with(
                CommandLine commandLine,
                ConfigureTenantUseCase.Command command,
                T value,
                String option,
                String rule,
                Function<T, ConfigureTenantUseCase.Command> change) {
            if (value == null) {
                return command;
            }
            try {
                return change.apply(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(commandLine, option + " " + rule);
            }
        }
    }

    @Command(
            name = "create",
            mixinStandardHelpOptions = true,
            description = {
                "Create a tenant with its signing key and its storefront client NAME-storefront.",
                "A running server serves it at once. Add service clients with: client create."
            })
    static final class Create implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "NAME", description = "3 to 16 lower-case letters or digits, starting with a letter")
        String name;

        @Mixin
        Details details;

        @Override
        public Integer call() {
            TenantName tenant = tenantName(spec, name);
            ConfigureTenantUseCase.Command configure = details.command(spec.commandLine(), tenant);
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try (CliBackend.Session session = root(spec).backend.open()) {
                CreateTenantUseCase.Result result =
                        session.tenants().create().create(new CreateTenantUseCase.Command(tenant, Optional.empty()));
                if (result instanceof CreateTenantUseCase.AlreadyExists) {
                    err.println("Tenant " + tenant + " exists already; change it with: tenant update " + tenant);
                    return LatchkeyCommand.FAILED;
                }
                if (result instanceof CreateTenantUseCase.StorefrontIdTaken taken) {
                    err.println("Another tenant has a client " + taken.storefront()
                            + ", the id this tenant's storefront would get");
                    return LatchkeyCommand.FAILED;
                }
                CreateTenantUseCase.Created created = (CreateTenantUseCase.Created) result;
                Tenant shown = created.tenant();
                if (!configure.isEmpty()
                        && session.tenants().configure().configure(configure)
                                instanceof ConfigureTenantUseCase.Configured configured) {
                    shown = configured.tenant();
                }
                out.println("Created tenant " + tenant + " with the storefront client " + created.storefront() + ".");
                describe(out, shown);
                out.println("Add a service client for the shop's backend with: client create --tenant " + tenant
                        + " --name " + tenant + "-backend --scopes "
                        + String.join(",", new TreeSet<>(AdminScopes.ALL)));
                return 0;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the tenants.")
    static final class ListTenants implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (CliBackend.Session session = root(spec).backend.open()) {
                List<Tenant> tenants = session.tenants().list().list();
                out.printf(Locale.ROOT, "%-16s  %-20s  %-30s  %s%n", "NAME", "CREATED", "DISPLAY NAME", "LINK BASE");
                for (Tenant tenant : tenants) {
                    out.printf(
                            Locale.ROOT,
                            "%-16s  %-20s  %-30s  %s%n",
                            tenant.name(),
                            DateTimeFormatter.ISO_INSTANT.format(
                                    tenant.createdAt().truncatedTo(ChronoUnit.SECONDS)),
                            tenant.displayName(),
                            tenant.settings().linkBase().orElse("-"));
                }
            }
            return 0;
        }
    }

    @Command(
            name = "update",
            mixinStandardHelpOptions = true,
            description = {
                "Change a tenant's display name, look, link base, allowed return URLs, token lifetimes or refresh reuse window;",
                "what is not given stays.",
                "A running server shows the change within a few seconds."
            })
    static final class Update implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "NAME", description = "the tenant")
        String name;

        @Mixin
        Details details;

        @Override
        public Integer call() {
            TenantName tenant = tenantName(spec, name);
            ConfigureTenantUseCase.Command command = details.command(spec.commandLine(), tenant);
            if (command.isEmpty()) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(), "Name at least one thing to change (see --help)");
            }
            try (CliBackend.Session session = root(spec).backend.open()) {
                ConfigureTenantUseCase.Result result =
                        session.tenants().configure().configure(command);
                if (result instanceof ConfigureTenantUseCase.Configured configured) {
                    PrintWriter out = spec.commandLine().getOut();
                    out.println("Updated tenant " + tenant + ".");
                    describe(out, configured.tenant());
                    return 0;
                }
                spec.commandLine().getErr().println("No tenant " + tenant);
                return LatchkeyCommand.FAILED;
            }
        }
    }

    static void describe(PrintWriter out, Tenant tenant) {
        TenantSettings settings = tenant.settings();
        TenantLook look = tenant.look();
        out.println("  display name:        " + tenant.displayName());
        out.println("  logo URL:            " + look.logoUrl().orElse("-"));
        out.println("  primary colour:      " + look.primaryColor().orElse("-"));
        out.println("  support address:     " + look.supportEmail().orElse("-"));
        out.println("  link base:           " + settings.linkBase().orElse("- (LATCHKEY_PUBLIC_URL)"));
        out.println("  allowed return URLs: "
                + (settings.allowedReturnUrls().isEmpty() ? "-" : String.join(", ", settings.allowedReturnUrls())));
        out.println(
                "  token lifetimes:     anonymous " + Durations.format(settings.anonymousTokenLifetime()) + ", access "
                        + Durations.format(settings.accessTokenLifetime()) + ", refresh "
                        + Durations.format(settings.refreshTokenLifetime())
                        + ", service " + Durations.format(settings.serviceTokenLifetime()) + ", activation link "
                        + Durations.format(settings.activationTokenLifetime()));
        out.println("  reuse window:        " + Durations.format(settings.refreshReuseWindow())
                + " (a refresh token sent again within it gets another new pair)");
    }

    static TenantName tenantName(CommandLine.Model.CommandSpec spec, String given) {
        try {
            return new TenantName(given);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "NAME: " + e.getMessage());
        }
    }

    static LatchkeyCommand root(CommandLine.Model.CommandSpec spec) {
        CommandLine.Model.CommandSpec at = spec;
        while (at.parent() != null) {
            at = at.parent();
        }
        return (LatchkeyCommand) at.userObject();
    }
}
