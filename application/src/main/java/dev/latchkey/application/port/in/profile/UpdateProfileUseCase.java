package dev.latchkey.application.port.in.profile;

import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.profile.ProfilePatch;
import dev.latchkey.domain.tenant.TenantName;

/** Changes the fields of a logged-in customer's profile that a merge patch names. */
public interface UpdateProfileUseCase {

    Result update(Command command);

    record Command(TenantName tenant, CustomerId customer, ProfilePatch patch) {}

    sealed interface Result {}

    record Updated(CustomerProfile profile) implements Result {}

    record UnknownCustomer() implements Result {}
}
