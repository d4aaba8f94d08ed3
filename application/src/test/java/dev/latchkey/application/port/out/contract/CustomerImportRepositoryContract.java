package dev.latchkey.application.port.out.contract;

import static dev.latchkey.application.port.out.contract.TestData.NOW;
import static dev.latchkey.application.port.out.contract.TestData.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.port.out.CustomerImport;
import dev.latchkey.application.port.out.CustomerImport.NewAccount;
import dev.latchkey.domain.credential.PasswordHash;
import dev.latchkey.domain.customer.AccountStatus;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.customer.CustomerNumber;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.profile.Address;
import dev.latchkey.domain.profile.AddressId;
import dev.latchkey.domain.profile.CustomerType;
import dev.latchkey.domain.profile.Profile;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.tenant.TenantName;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What importing and exporting many customers at once needs from the repositories. */
public abstract class CustomerImportRepositoryContract {

    private static final PasswordHash BCRYPT =
            new PasswordHash("$2b$10$abcdefghijklmnopqrstuuG0J3sBB0V5Ig7SyuKYt5p3XpAk2I8ti");

    private RepositoryPorts ports;
    private CustomerImport customers;
    private final Tenant demo = tenant("demo");
    private final Tenant other = tenant("other");

    /** Fresh, empty ports for each test. */
    protected abstract RepositoryPorts openPorts();

    @BeforeEach
    void open() {
        ports = openPorts();
        customers = ports.customerImport();
        ports.tenants().add(demo);
        ports.tenants().add(other);
    }

    @AfterEach
    void close() {
        ports.close();
    }

    @Test
    void addedAccountsAreReadBackWithProfileAndAddressesByTheOtherRepositories() {
        Profile profile = new Profile(
                "Dr.",
                "Ada",
                "King",
                "Lovelace",
                "+44 20 7946 0000",
                "Engines Ltd",
                "en_GB",
                "GBP",
                "uk",
                "ada@mail.example.test",
                CustomerType.COMPANY,
                "{\"vat\":\"GB1\"}",
                "{\"a\":1}",
                "{\"m\":\"ü\"}");
        Address billing = address("Main St", List.of("BILLING", "SHIPPING"), true);
        Address other = address("Side St", List.of(), false);
        NewAccount ada = account(demo, "ada@example.test", "10001", profile, List.of(billing, other));
        NewAccount bob = account(demo, "bob@example.test", "10002", Profile.defaults(), List.of());

        customers.addAll(List.of(ada, bob));

        Customer stored = ports.customers()
                .findByEmail(demo.name(), new EmailAddress("ada@example.test"))
                .orElseThrow();
        assertThat(stored).isEqualTo(ada.customer());
        assertThat(stored.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(ports.profiles().find(stored.id())).contains(profile);
        assertThat(ports.addresses().listOf(stored.id())).containsExactly(billing, other);
        assertThat(ports.profiles().find(bob.customer().id())).contains(Profile.defaults());
        assertThat(ports.addresses().listOf(bob.customer().id())).isEmpty();
    }

    @Test
    void existingEmailsAreTheTenantsOwnWhateverTheCaseTheyAreGivenIn() {
        customers.addAll(List.of(account(demo, "ada@example.test", "1"), account(other, "bob@example.test", "2")));

        assertThat(customers.existingEmails(
                        demo.name(),
                        List.of(
                                new EmailAddress("ADA@Example.test"),
                                new EmailAddress("bob@example.test"),
                                new EmailAddress("cy@example.test"))))
                .containsExactly(new EmailAddress("ada@example.test"));
        assertThat(customers.existingEmails(demo.name(), List.of())).isEmpty();
    }

    @Test
    void existingNumbersAreTheTenantsOwn() {
        customers.addAll(List.of(account(demo, "ada@example.test", "A-1"), account(other, "bob@example.test", "B-2")));

        assertThat(customers.existingNumbers(
                        demo.name(),
                        List.of(new CustomerNumber("A-1"), new CustomerNumber("B-2"), new CustomerNumber("C-3"))))
                .containsExactly(new CustomerNumber("A-1"));
        assertThat(customers.existingNumbers(new TenantName("other"), List.of(new CustomerNumber("A-1"))))
                .isEmpty();
    }

    @Test
    void lookupsOfMoreValuesThanOneQueryTakesFindEveryMatch() {
        customers.addAll(IntStream.rangeClosed(1, 2_500)
                .filter(n -> n % 3 == 0)
                .mapToObj(n -> account(demo, "c" + n + "@example.test", Integer.toString(n)))
                .toList());
        List<EmailAddress> emails = IntStream.rangeClosed(1, 2_500)
                .mapToObj(n -> new EmailAddress("c" + n + "@example.test"))
                .toList();
        List<CustomerNumber> numbers = IntStream.rangeClosed(1, 2_500)
                .mapToObj(n -> new CustomerNumber(Integer.toString(n)))
                .toList();

        assertThat(customers.existingEmails(demo.name(), emails))
                .hasSize(833)
                .contains(new EmailAddress("c2499@example.test"))
                .doesNotContain(new EmailAddress("c2500@example.test"));
        assertThat(customers.existingNumbers(demo.name(), numbers)).hasSize(833).contains(new CustomerNumber("3"));
    }

    @Test
    void theNextCustomerNumberIsOnlyEverRaised() {
        customers.raiseNextCustomerNumber(demo.name(), 500_000);
        assertThat(ports.tenants().nextCustomerNumber(demo.name())).isEqualTo(500_000);

        customers.raiseNextCustomerNumber(demo.name(), 10);
        assertThat(ports.tenants().nextCustomerNumber(demo.name())).isEqualTo(500_001);
    }

    @Test
    void numbersTakenAtOnceAreHandedOutToNobodyElse() {
        long first = ports.tenants().nextCustomerNumber(demo.name());

        assertThat(customers.takeCustomerNumbers(demo.name(), 1_000)).isEqualTo(first + 1);
        assertThat(ports.tenants().nextCustomerNumber(demo.name())).isEqualTo(first + 1_001);
        assertThat(customers.takeCustomerNumbers(new TenantName("other"), 5)).isEqualTo(first);
    }

    @Test
    void everyCustomerOfTheTenantIsReadOldestFirstAcrossPages() {
        List<NewAccount> accounts = new ArrayList<>();
        for (int n = 0; n < 1_050; n++) {
            NewAccount account = account(
                    demo,
                    "c" + n + "@example.test",
                    Integer.toString(n),
                    Profile.defaults(),
                    n % 2 == 0 ? List.of(address("Street " + n, List.of("BILLING"), true)) : List.of());
            accounts.add(new NewAccount(
                    new Customer(
                            account.customer().id(),
                            demo.name(),
                            account.customer().number(),
                            account.customer().email(),
                            account.customer().passwordHash(),
                            AccountStatus.ACTIVE,
                            Profile.DEFAULT_LANGUAGE,
                            NOW.plusSeconds(n)),
                    account.profile(),
                    account.addresses()));
        }
        List<NewAccount> newestFirst = new ArrayList<>(accounts);
        Collections.reverse(newestFirst);
        customers.addAll(newestFirst);
        customers.addAll(List.of(account(other, "c0@example.test", "0")));

        List<NewAccount> read = new ArrayList<>();
        customers.forEach(demo.name(), read::add);

        assertThat(read).containsExactlyElementsOf(accounts);
    }

    private static NewAccount account(Tenant tenant, String email, String number) {
        return account(tenant, email, number, Profile.defaults(), List.of());
    }

    private static NewAccount account(
            Tenant tenant, String email, String number, Profile profile, List<Address> addresses) {
        Customer customer = new Customer(
                new CustomerId(UUID.randomUUID()),
                tenant.name(),
                new CustomerNumber(number),
                new EmailAddress(email),
                Optional.of(BCRYPT),
                AccountStatus.ACTIVE,
                profile.preferredLanguage(),
                NOW);
        return new NewAccount(customer, profile, addresses);
    }

    private static Address address(String street, List<String> tags, boolean isDefault) {
        return new Address(
                AddressId.random(),
                "Ada Lovelace",
                "Engines Ltd",
                street,
                "1",
                "Rear",
                "Line 1",
                "Line 2",
                "Line 3",
                "Line 4",
                "10115",
                "Berlin",
                "DE",
                "Berlin",
                "+49 30 1234",
                tags,
                isDefault,
                "{\"k\":\"v\"}",
                "{\"m\":1}");
    }
}
