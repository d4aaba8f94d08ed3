package dev.latchkey.application.port.in.customer;

import dev.latchkey.domain.credential.PasswordHash;
import dev.latchkey.domain.customer.CustomerNumber;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.profile.AddressPatch;
import dev.latchkey.domain.profile.ProfilePatch;
import dev.latchkey.domain.tenant.TenantName;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Takes customers over from another shop: active accounts with the password hash the old shop
 * kept (checked at their first login and then replaced by the current hash), their profile and
 * their addresses. Nothing is hashed and no mail is sent. A customer whose email the tenant has
 * already is left as it is, so importing the same file twice changes nothing.
 */
public interface ImportCustomersUseCase {

    /** Imports one batch of rows in one transaction. */
    Result importBatch(Command command);

    /**
     * One customer to import, its values already checked by the rules of sign-up and profile changes.
     *
     * @param line where it came from, for the report
     * @param number empty = the tenant's next customer number
     */
    record ImportedCustomer(
            long line,
            EmailAddress email,
            Optional<PasswordHash> passwordHash,
            Optional<CustomerNumber> number,
            ProfilePatch profile,
            List<AddressPatch> addresses) {

        public ImportedCustomer {
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(passwordHash, "passwordHash");
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(profile, "profile");
            addresses = List.copyOf(addresses);
        }
    }

    record Command(TenantName tenant, List<ImportedCustomer> customers) {

        public Command {
            Objects.requireNonNull(tenant, "tenant");
            customers = List.copyOf(customers);
        }
    }

    sealed interface Result {}

    record UnknownTenant(TenantName tenant) implements Result {}

    /**
     * @param added new accounts
     * @param alreadyThere rows whose email the tenant had already
     * @param refused rows that were not imported, with the reason
     */
    record Imported(int added, int alreadyThere, List<Refusal> refused) implements Result {

        public Imported {
            refused = List.copyOf(refused);
        }
    }

    record Refusal(long line, String reason) {}
}
