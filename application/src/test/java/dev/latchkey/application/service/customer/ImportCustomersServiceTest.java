package dev.latchkey.application.service.customer;

import static dev.latchkey.application.fake.FakePorts.RIVAL;
import static dev.latchkey.application.fake.FakePorts.SHOP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fake.FakePorts;
import dev.latchkey.application.port.in.customer.ImportCustomersUseCase.Command;
import dev.latchkey.application.port.in.customer.ImportCustomersUseCase.Imported;
import dev.latchkey.application.port.in.customer.ImportCustomersUseCase.ImportedCustomer;
import dev.latchkey.application.port.in.customer.ImportCustomersUseCase.Refusal;
import dev.latchkey.application.port.in.customer.ImportCustomersUseCase.Result;
import dev.latchkey.application.port.in.customer.ImportCustomersUseCase.UnknownTenant;
import dev.latchkey.domain.credential.PasswordHash;
import dev.latchkey.domain.customer.AccountStatus;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.CustomerNumber;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.profile.Address;
import dev.latchkey.domain.profile.AddressPatch;
import dev.latchkey.domain.profile.Change;
import dev.latchkey.domain.profile.ProfilePatch;
import dev.latchkey.domain.tenant.TenantName;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImportCustomersServiceTest {

    private static final PasswordHash BCRYPT =
            new PasswordHash("$2b$10$abcdefghijklmnopqrstuuG0J3sBB0V5Ig7SyuKYt5p3XpAk2I8ti");
    private static final PasswordHash MD5 = new PasswordHash("md5:5f4dcc3b5aa765d61d8327deb882cf99");

    private final FakePorts ports = new FakePorts();
    private final ImportCustomersService service = new ImportCustomersService(
            ports.tenants,
            ports.customerImport,
            hash -> hash.encoded().startsWith("$2b$"),
            ports.transactions,
            ports.clock);

    @Test
    void newCustomersAreAddedActiveWithTheOldHashProfileAndAddressesInOneTransaction() {
        ImportedCustomer ada = new ImportedCustomer(
                1,
                new EmailAddress("ada@example.test"),
                Optional.of(BCRYPT),
                Optional.of(new CustomerNumber("10001")),
                firstName("Ada"),
                List.of(address("Main St"), address("Side St")));

        Result result = service.importBatch(new Command(SHOP, List.of(ada, row(2, "bob@example.test", "10002"))));

        assertThat(result).isEqualTo(new Imported(2, 0, List.of()));
        Customer stored = ports.customers.get(SHOP, new EmailAddress("ada@example.test"));
        assertThat(stored.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(stored.passwordHash()).contains(BCRYPT);
        assertThat(stored.number()).isEqualTo(new CustomerNumber("10001"));
        assertThat(stored.createdAt()).isEqualTo(ports.clock.instant());
        assertThat(ports.profiles.find(stored.id()).orElseThrow().firstName()).isEqualTo("Ada");
        assertThat(ports.addresses.listOf(stored.id()))
                .extracting(Address::street)
                .containsExactly("Main St", "Side St");
        assertThat(ports.transactions.count()).isEqualTo(1);
        assertThat(ports.customerImport.batches()).isEqualTo(1);
        assertThat(ports.outbox.mails()).as("no mail").isEmpty();
    }

    @Test
    void aCustomerWhoseEmailTheTenantHasIsLeftAsItIsAndCounted() {
        Customer ada = ports.addCustomer(SHOP, "ada@example.test", "correct horse battery", AccountStatus.PENDING);
        ImportedCustomer again = new ImportedCustomer(
                1,
                new EmailAddress("ADA@Example.TEST"),
                Optional.of(BCRYPT),
                Optional.empty(),
                firstName("Someone else"),
                List.of());

        Result shop = service.importBatch(new Command(SHOP, List.of(again)));
        Result rival = service.importBatch(new Command(RIVAL, List.of(again)));

        assertThat(shop).isEqualTo(new Imported(0, 1, List.of()));
        assertThat(ports.customers.get(SHOP, ada.email())).isEqualTo(ada);
        assertThat(ports.profiles.find(ada.id()).orElseThrow().firstName()).isNull();
        assertThat(rival).as("another tenant's customers are not looked at").isEqualTo(new Imported(1, 0, List.of()));
    }

    @Test
    void importingTheSameRowsAgainChangesNothing() {
        List<ImportedCustomer> rows = List.of(row(1, "ada@example.test", "1"), row(2, "bob@example.test", null));
        service.importBatch(new Command(SHOP, rows));
        List<Customer> before = ports.customers.all();

        Result again = service.importBatch(new Command(SHOP, rows));

        assertThat(again).isEqualTo(new Imported(0, 2, List.of()));
        assertThat(ports.customers.all()).isEqualTo(before);
    }

    @Test
    void rowsThatBreakARuleAreRefusedWithTheirLineAndReasonAndTheOthersGoIn() {
        ports.addCustomer(SHOP, "taken@example.test", "correct horse battery", AccountStatus.ACTIVE);
        String takenNumber = ports.customers
                .get(SHOP, new EmailAddress("taken@example.test"))
                .number()
                .value();
        List<ImportedCustomer> rows = List.of(
                row(1, "ada@example.test", "7"),
                row(2, "ada@example.test", null),
                new ImportedCustomer(
                        3,
                        new EmailAddress("bob@example.test"),
                        Optional.of(MD5),
                        Optional.empty(),
                        ProfilePatch.none(),
                        List.of()),
                row(4, "cy@example.test", takenNumber),
                row(5, "dee@example.test", "7"),
                new ImportedCustomer(
                        6,
                        new EmailAddress("eve@example.test"),
                        Optional.empty(),
                        Optional.empty(),
                        ProfilePatch.none(),
                        Collections.nCopies(Address.MAX_PER_CUSTOMER + 1, address("Main St"))),
                row(7, "fay@example.test", null));

        Result result = service.importBatch(new Command(SHOP, rows));

        assertThat(result)
                .isEqualTo(new Imported(
                        2,
                        0,
                        List.of(
                                new Refusal(2, "email is on line 1 already"),
                                new Refusal(
                                        3,
                                        "passwordHash is in no supported form (bcrypt, Argon2, scrypt, Django PBKDF2, phpass)"),
                                new Refusal(4, "customerNumber " + takenNumber + " belongs to another customer"),
                                new Refusal(5, "customerNumber is on line 1 already"),
                                new Refusal(6, "more than " + Address.MAX_PER_CUSTOMER + " addresses"))));
        assertThat(ports.customers.findByEmail(SHOP, new EmailAddress("fay@example.test")))
                .isPresent();
        assertThat(ports.customers.findByEmail(SHOP, new EmailAddress("bob@example.test")))
                .isEmpty();
    }

    @Test
    void aCustomerWithoutPasswordHashIsImportedWithoutPassword() {
        service.importBatch(new Command(
                SHOP,
                List.of(new ImportedCustomer(
                        1,
                        new EmailAddress("ada@example.test"),
                        Optional.empty(),
                        Optional.empty(),
                        ProfilePatch.none(),
                        List.of()))));

        assertThat(ports.customers
                        .get(SHOP, new EmailAddress("ada@example.test"))
                        .passwordHash())
                .isEmpty();
    }

    @Test
    void customersWithoutNumberGetNumbersAfterTheHighestTheBatchBrings() {
        Result result = service.importBatch(new Command(
                SHOP,
                List.of(
                        row(1, "ada@example.test", null),
                        row(2, "bob@example.test", "1"),
                        row(3, "cy@example.test", "500"),
                        row(4, "dee@example.test", "X-9"),
                        row(5, "eve@example.test", null))));

        assertThat(result).isEqualTo(new Imported(5, 0, List.of()));
        assertThat(numberOf("ada@example.test")).isEqualTo("501");
        assertThat(numberOf("eve@example.test")).isEqualTo("502");
        assertThat(ports.tenants.nextCustomerNumber(SHOP))
                .as("a sign-up after the import")
                .isEqualTo(503);
    }

    @Test
    void anUnknownTenantGetsNothing() {
        TenantName nowhere = new TenantName("nowhere");

        assertThat(service.importBatch(new Command(nowhere, List.of(row(1, "ada@example.test", null)))))
                .isEqualTo(new UnknownTenant(nowhere));
        assertThat(ports.customers.all()).isEmpty();
    }

    private String numberOf(String email) {
        return ports.customers.get(SHOP, new EmailAddress(email)).number().value();
    }

    private static ImportedCustomer row(long line, String email, String number) {
        return new ImportedCustomer(
                line,
                new EmailAddress(email),
                Optional.of(BCRYPT),
                Optional.ofNullable(number).map(CustomerNumber::new),
                ProfilePatch.none(),
                List.of());
    }

    private static ProfilePatch firstName(String name) {
        return new ProfilePatch(
                Change.keep(),
                Change.to(name),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep());
    }

    private static AddressPatch address(String street) {
        return new AddressPatch(
                Change.keep(),
                Change.keep(),
                Change.to(street),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.to("Berlin"),
                Change.to("DE"),
                Change.keep(),
                Change.keep(),
                Change.to(List.of("BILLING")),
                Change.to(false),
                Change.keep(),
                Change.keep());
    }
}
