package dev.latchkey.application.service.tenant;

import static dev.latchkey.application.fake.FakePorts.RIVAL;
import static dev.latchkey.application.fake.FakePorts.SHOP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.application.fake.FakePorts;
import dev.latchkey.application.port.in.tenant.ConfigureTenantUseCase.Command;
import dev.latchkey.application.port.in.tenant.ConfigureTenantUseCase.Configured;
import dev.latchkey.application.port.in.tenant.ConfigureTenantUseCase.Result;
import dev.latchkey.application.port.in.tenant.ConfigureTenantUseCase.UnknownTenant;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.tenant.TenantLook;
import dev.latchkey.domain.tenant.TenantName;
import dev.latchkey.domain.tenant.TokenLifetime;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigureTenantServiceTest {

    private final FakePorts ports = new FakePorts();
    private final ConfigureTenantService service = new ConfigureTenantService(ports.tenants, ports.transactions);

    private final Command everything = Command.forTenant(SHOP)
            .withDisplayName("Shop & Co")
            .withLogoUrl("https://cdn.shop.example/logo.svg")
            .withPrimaryColor("#AA3300")
            .withSupportEmail("Help@Shop.Example")
            .withLinkBase("https://shop.example/account")
            .withAllowedReturnUrls(List.of("https://shop.example/", "https://checkout.shop.example/"));

    @Test
    void everyGivenPartIsStoredInOneTransaction() {
        Tenant before = ports.tenant(SHOP);

        Result result = service.configure(everything);

        Tenant after = ports.tenant(SHOP);
        assertThat(result).isEqualTo(new Configured(after));
        assertThat(after.displayName()).isEqualTo("Shop & Co");
        assertThat(after.look())
                .isEqualTo(new TenantLook(
                        Optional.of("https://cdn.shop.example/logo.svg"),
                        Optional.of("#aa3300"),
                        Optional.of("help@shop.example")));
        assertThat(after.settings().linkBase()).contains("https://shop.example/account");
        assertThat(after.settings().allowedReturnUrls())
                .containsExactly("https://shop.example/", "https://checkout.shop.example/");
        assertThat(after.settings().allowsReturnTo("https://checkout.shop.example/pay"))
                .isTrue();
        assertThat(after.settings().accessTokenLifetime())
                .isEqualTo(before.settings().accessTokenLifetime());
        assertThat(after.createdAt()).isEqualTo(before.createdAt());
        assertThat(ports.transactions.count()).isEqualTo(1);
        assertThat(ports.tenants.updates()).isEqualTo(1);
    }

    @Test
    void onlyTheGivenTokenLifetimesChange() {
        Tenant before = ports.tenant(SHOP);

        service.configure(Command.forTenant(SHOP)
                .withLifetime(TokenLifetime.ACCESS, Duration.ofMinutes(5))
                .withLifetime(TokenLifetime.REFRESH, Duration.ofDays(7)));

        Tenant after = ports.tenant(SHOP);
        assertThat(after.settings().accessTokenLifetime()).isEqualTo(Duration.ofMinutes(5));
        assertThat(after.settings().refreshTokenLifetime()).isEqualTo(Duration.ofDays(7));
        assertThat(after.settings().anonymousTokenLifetime())
                .isEqualTo(before.settings().anonymousTokenLifetime());
        assertThat(after.settings().serviceTokenLifetime())
                .isEqualTo(before.settings().serviceTokenLifetime());
        assertThat(after.settings().activationTokenLifetime())
                .isEqualTo(before.settings().activationTokenLifetime());
        assertThat(after.displayName()).isEqualTo(before.displayName());
    }

    @Test
    void aLifetimeOutsideItsBoundsIsRefusedWhenTheCommandIsMade() {
        assertThatThrownBy(() -> Command.forTenant(SHOP).withLifetime(TokenLifetime.ACCESS, Duration.ofSeconds(30)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Command.forTenant(SHOP).withLifetime(TokenLifetime.REFRESH, Duration.ofDays(400)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void partsNotGivenStayAsTheyWere() {
        service.configure(everything);
        Tenant configured = ports.tenant(SHOP);

        service.configure(Command.forTenant(SHOP).withPrimaryColor("#000000"));

        Tenant after = ports.tenant(SHOP);
        assertThat(after.look().primaryColor()).contains("#000000");
        assertThat(after).isEqualTo(configured.withLook(configured.look().withPrimaryColor(Optional.of("#000000"))));
    }

    @Test
    void aBlankValueOrAnEmptyListRemovesThatPart() {
        service.configure(everything);

        service.configure(Command.forTenant(SHOP)
                .withLogoUrl("")
                .withPrimaryColor(" ")
                .withSupportEmail("")
                .withLinkBase("")
                .withAllowedReturnUrls(List.of()));

        Tenant after = ports.tenant(SHOP);
        assertThat(after.look()).isEqualTo(TenantLook.none());
        assertThat(after.settings().linkBase()).isEmpty();
        assertThat(after.settings().allowedReturnUrls()).isEmpty();
        assertThat(after.displayName()).isEqualTo("Shop & Co");
    }

    @Test
    void onlyTheNamedTenantChanges() {
        Tenant rival = ports.tenant(RIVAL);

        service.configure(everything);

        assertThat(ports.tenant(RIVAL)).isEqualTo(rival);
    }

    @Test
    void anUnknownTenantIsReportedAndNothingIsStored() {
        TenantName nowhere = new TenantName("nowhere");

        assertThat(service.configure(Command.forTenant(nowhere).withDisplayName("Nowhere")))
                .isEqualTo(new UnknownTenant(nowhere));
        assertThat(ports.tenants.find(nowhere)).isEmpty();
        assertThat(ports.tenants.updates()).isZero();
    }

    @Test
    void aCommandThatChangesNothingWritesNothing() {
        service.configure(everything);

        Result again = service.configure(everything);
        service.configure(Command.forTenant(SHOP));

        assertThat(again).isEqualTo(new Configured(ports.tenant(SHOP)));
        assertThat(ports.tenants.updates()).isEqualTo(1);
    }

    @Test
    void aCommandWithAnInvalidValueCannotBeMade() {
        Command command = Command.forTenant(SHOP);
        assertThatThrownBy(() -> command.withDisplayName(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("display name");
        assertThatThrownBy(() -> command.withLogoUrl("javascript:alert(1)")).hasMessageContaining("logo URL");
        assertThatThrownBy(() -> command.withPrimaryColor("red")).hasMessageContaining("primary colour");
        assertThatThrownBy(() -> command.withSupportEmail("help")).hasMessageContaining("support address");
        assertThatThrownBy(() -> command.withLinkBase("/account")).hasMessageContaining("link base");
        assertThatThrownBy(() -> command.withAllowedReturnUrls(List.of("//evil.example")))
                .hasMessageContaining("return URLs");
        assertThatThrownBy(() -> command.withAllowedReturnUrls(Collections.nCopies(21, "https://shop.example/")))
                .hasMessageContaining("return URLs");
        assertThat(command.isEmpty()).isTrue();
        assertThat(command.withPrimaryColor("#123456").isEmpty()).isFalse();
    }
}
