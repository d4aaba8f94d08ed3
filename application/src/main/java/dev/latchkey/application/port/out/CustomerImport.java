package dev.latchkey.application.port.out;

import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.CustomerNumber;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.profile.Address;
import dev.latchkey.domain.profile.Profile;
import dev.latchkey.domain.tenant.TenantName;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** Many customers in and out at once: what an import and an export need, at the speed they need it. */
public interface CustomerImport {

    /** Of {@code emails}, those the tenant has an account with already. */
    Set<EmailAddress> existingEmails(TenantName tenant, Collection<EmailAddress> emails);

    /** Of {@code numbers}, those the tenant has given to a customer already. */
    Set<CustomerNumber> existingNumbers(TenantName tenant, Collection<CustomerNumber> numbers);

    /** Adds the accounts with their profiles and addresses in batched statements. */
    void addAll(List<NewAccount> accounts);

    /** Makes the tenant's next customer number at least {@code atLeast}. */
    void raiseNextCustomerNumber(TenantName tenant, long atLeast);

    /** Hands out the tenant's next {@code count} customer numbers at once and returns the first. */
    long takeCustomerNumbers(TenantName tenant, int count);

    /** Every customer of the tenant with profile and addresses, oldest first, read page by page. */
    void forEach(TenantName tenant, Consumer<NewAccount> sink);

    record NewAccount(Customer customer, Profile profile, List<Address> addresses) {

        public NewAccount {
            addresses = List.copyOf(addresses);
        }
    }
}
