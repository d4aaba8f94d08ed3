package dev.latchkey.application.service.customer;

import static dev.latchkey.application.fake.FakePorts.RIVAL;
import static dev.latchkey.application.fake.FakePorts.SHOP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fake.FakePorts;
import dev.latchkey.application.port.in.customer.ExportCustomersUseCase.ExportedCustomer;
import dev.latchkey.domain.customer.AccountStatus;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.profile.Address;
import dev.latchkey.domain.profile.AddressId;
import dev.latchkey.domain.profile.Profile;
import dev.latchkey.domain.tenant.TenantName;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportCustomersServiceTest {

    private final FakePorts ports = new FakePorts();
    private final ExportCustomersService service = new ExportCustomersService(ports.tenants, ports.customerImport);

    @Test
    void everyCustomerOfTheTenantIsExportedOldestFirstWithProfileAndAddresses() {
        Customer ada = ports.addCustomer(SHOP, "ada@example.test", "correct horse battery", AccountStatus.ACTIVE);
        Profile adas = new Profile(
                null,
                "Ada",
                null,
                "Lovelace",
                null,
                null,
                "en_GB",
                "GBP",
                "uk",
                null,
                Profile.defaults().type(),
                null,
                null,
                null);
        ports.profiles.save(ada.id(), adas);
        Address home = new Address(
                AddressId.random(),
                null,
                null,
                "Main St",
                "1",
                null,
                null,
                null,
                null,
                null,
                "10115",
                "Berlin",
                "DE",
                null,
                null,
                List.of("BILLING"),
                true,
                null,
                null);
        ports.addresses.add(ada.id(), home);
        ports.clock.advance(Duration.ofMinutes(1));
        Customer bob = ports.addCustomer(SHOP, "bob@example.test", "correct horse battery", AccountStatus.PENDING);
        ports.addCustomer(RIVAL, "cy@example.test", "correct horse battery", AccountStatus.ACTIVE);
        List<ExportedCustomer> exported = new ArrayList<>();

        assertThat(service.export(SHOP, exported::add)).isTrue();

        assertThat(exported)
                .extracting(row -> row.customer().email().value())
                .containsExactly("ada@example.test", "bob@example.test");
        assertThat(exported.get(0).profile()).isEqualTo(adas);
        assertThat(exported.get(0).addresses()).containsExactly(home);
        assertThat(exported.get(1).customer()).isEqualTo(bob);
        assertThat(exported.get(1).addresses()).isEmpty();
    }

    @Test
    void anUnknownTenantIsReportedAndNothingIsWritten() {
        ports.addCustomer(SHOP, "ada@example.test", "correct horse battery", AccountStatus.ACTIVE);
        List<ExportedCustomer> exported = new ArrayList<>();

        assertThat(service.export(new TenantName("nowhere"), exported::add)).isFalse();
        assertThat(exported).isEmpty();
    }
}
