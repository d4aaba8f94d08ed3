package dev.latchkey.adapter.persistence;

import static dev.latchkey.application.port.out.contract.TestData.customer;
import static dev.latchkey.application.port.out.contract.TestData.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.port.out.contract.RepositoryPorts;
import dev.latchkey.application.port.out.contract.TenantAndCustomerRepositoryContract;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.tenant.TenantLook;
import dev.latchkey.domain.tenant.TenantSettings;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The tenant and customer contract, and what only a database can get wrong: column sizes and files kept. */
abstract class TenantAndCustomerDatabaseContract extends TenantAndCustomerRepositoryContract {

    /** The tenant the contract adds before each test. */
    private final Tenant demo = tenant("demo");

    /** The database to run against: a fresh, empty one for each test. */
    protected abstract DatabaseSettings settings();

    @Override
    protected final RepositoryPorts openPorts() {
        return PersistencePorts.open(settings());
    }

    @Test
    void theLongestValuesFitTheirColumns() {
        String logo = "https://cdn.shop.example/" + "l".repeat(TenantLook.MAX_LOGO_URL_LENGTH - 25);
        String support =
                "s".repeat(64) + "@" + "d".repeat(63) + "." + "e".repeat(63) + "." + "f".repeat(53) + ".example";
        List<String> returnUrls = IntStream.rangeClosed(1, TenantSettings.MAX_RETURN_URLS)
                .mapToObj(n -> String.format("https://shop%02d.example/", n))
                .map(url -> url + "p".repeat(TenantSettings.MAX_RETURN_URL_LENGTH - url.length()))
                .toList();
        Tenant biggest = demo.withDisplayName("n".repeat(Tenant.MAX_DISPLAY_NAME_LENGTH))
                .withLook(new TenantLook(Optional.of(logo), Optional.of("#ffffff"), Optional.of(support)))
                .withSettings(demo.settings()
                        .withLinkBase(Optional.of(returnUrls.get(0)))
                        .withAllowedReturnUrls(returnUrls));
        assertThat(logo).hasSize(TenantLook.MAX_LOGO_URL_LENGTH);
        assertThat(support).hasSize(TenantLook.MAX_SUPPORT_EMAIL_LENGTH);

        ports.tenants().update(biggest);

        assertThat(ports.tenants().find(demo.name())).contains(biggest);
    }

    @Test
    void dataSurvivesClosingAndReopeningTheDatabaseFiles() {
        Customer ada = customer(demo, "ada@example.test", "1");
        ports.customers().add(ada);
        ports.close();
        ports = openPorts();
        assertThat(ports.customers().findByEmail(demo.name(), ada.email())).contains(ada);
    }
}
