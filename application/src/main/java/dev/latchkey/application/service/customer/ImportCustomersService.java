package dev.latchkey.application.service.customer;

import dev.latchkey.application.port.in.customer.ImportCustomersUseCase;
import dev.latchkey.application.port.out.CustomerImport;
import dev.latchkey.application.port.out.PasswordHashFormats;
import dev.latchkey.application.port.out.TenantRepository;
import dev.latchkey.application.port.out.Transactions;
import dev.latchkey.domain.customer.AccountStatus;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.customer.CustomerNumber;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.profile.Address;
import dev.latchkey.domain.profile.AddressId;
import dev.latchkey.domain.profile.Profile;
import dev.latchkey.domain.tenant.TenantName;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Imports customers in batches: looks up which emails and customer numbers the tenant has in two
 * queries, then writes the new accounts with batched inserts in one transaction. Passwords are not
 * hashed here: the hash the old shop kept is stored as it is and replaced at the first login.
 */
public final class ImportCustomersService implements ImportCustomersUseCase {

    private final TenantRepository tenants;
    private final CustomerImport customers;
    private final PasswordHashFormats hashFormats;
    private final Transactions transactions;
    private final Clock clock;

    public ImportCustomersService(
            TenantRepository tenants,
            CustomerImport customers,
            PasswordHashFormats hashFormats,
            Transactions transactions,
            Clock clock) {
        this.tenants = tenants;
        this.customers = customers;
        this.hashFormats = hashFormats;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Result importBatch(Command command) {
        TenantName tenant = command.tenant();
        if (tenants.find(tenant).isEmpty()) {
            return new UnknownTenant(tenant);
        }
        return transactions.inTransaction(() -> importWithin(tenant, command.customers()));
    }

    private Imported importWithin(TenantName tenant, List<ImportedCustomer> rows) {
        Set<EmailAddress> known = customers.existingEmails(
                tenant, rows.stream().map(ImportedCustomer::email).toList());
        Set<CustomerNumber> takenNumbers = customers.existingNumbers(
                tenant, rows.stream().flatMap(row -> row.number().stream()).toList());
        Map<EmailAddress, Long> emailsInBatch = new HashMap<>();
        Map<CustomerNumber, Long> numbersInBatch = new HashMap<>();
        List<Refusal> refused = new ArrayList<>();
        List<CustomerImport.NewAccount> accounts = new ArrayList<>();
        List<ImportedCustomer> unnumbered = new ArrayList<>();
        int alreadyThere = 0;
        long highestNumber = -1;
        for (ImportedCustomer row : rows) {
            if (known.contains(row.email())) {
                alreadyThere++;
                continue;
            }
            Optional<String> problem = problemWith(row, takenNumbers, emailsInBatch, numbersInBatch);
            if (problem.isPresent()) {
                refused.add(new Refusal(row.line(), problem.get()));
                continue;
            }
            emailsInBatch.put(row.email(), row.line());
            if (row.number().isPresent()) {
                numbersInBatch.put(row.number().get(), row.line());
                highestNumber =
                        Math.max(highestNumber, numericValue(row.number().get()));
                accounts.add(account(tenant, row, row.number().get()));
            } else {
                unnumbered.add(row);
            }
        }
        // Numbers are handed out once the counter is past the numbers the batch brings, so none is handed out twice.
        if (highestNumber >= 0) {
            customers.raiseNextCustomerNumber(tenant, highestNumber + 1);
        }
        if (!unnumbered.isEmpty()) {
            long next = customers.takeCustomerNumbers(tenant, unnumbered.size());
            for (ImportedCustomer row : unnumbered) {
                accounts.add(account(tenant, row, new CustomerNumber(Long.toString(next++))));
            }
        }
        customers.addAll(accounts);
        return new Imported(accounts.size(), alreadyThere, refused);
    }

    private CustomerImport.NewAccount account(TenantName tenant, ImportedCustomer row, CustomerNumber number) {
        Profile profile = Profile.defaults().apply(row.profile());
        List<Address> addresses = row.addresses().stream()
                .map(patch -> Address.empty(AddressId.random()).apply(patch))
                .toList();
        Customer customer = new Customer(
                new CustomerId(UUID.randomUUID()),
                tenant,
                number,
                row.email(),
                row.passwordHash(),
                AccountStatus.ACTIVE,
                profile.preferredLanguage(),
                clock.instant());
        return new CustomerImport.NewAccount(customer, profile, addresses);
    }

    private Optional<String> problemWith(
            ImportedCustomer row,
            Set<CustomerNumber> takenNumbers,
            Map<EmailAddress, Long> emailsInBatch,
            Map<CustomerNumber, Long> numbersInBatch) {
        if (emailsInBatch.containsKey(row.email())) {
            return Optional.of("email is on line " + emailsInBatch.get(row.email()) + " already");
        }
        if (row.passwordHash().isPresent()
                && !hashFormats.isSupported(row.passwordHash().get())) {
            return Optional.of("passwordHash is in no supported form (bcrypt, Argon2, scrypt, Django PBKDF2, phpass)");
        }
        if (row.number().isPresent() && takenNumbers.contains(row.number().get())) {
            return Optional.of("customerNumber " + row.number().get() + " belongs to another customer");
        }
        if (row.number().isPresent() && numbersInBatch.containsKey(row.number().get())) {
            return Optional.of("customerNumber is on line "
                    + numbersInBatch.get(row.number().get()) + " already");
        }
        if (row.addresses().size() > Address.MAX_PER_CUSTOMER) {
            return Optional.of("more than " + Address.MAX_PER_CUSTOMER + " addresses");
        }
        return Optional.empty();
    }

    /** The customer number as a number when it is one (and small enough), else -1. */
    private static long numericValue(CustomerNumber number) {
        String value = number.value();
        if (value.length() > 18 || !value.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Long.parseLong(value);
    }
}
