package dev.latchkey.application.port.in.address;

import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.profile.AddressId;
import dev.latchkey.domain.tenant.TenantName;
import java.util.List;

/** Adds tags to an address or removes tags from it. */
public interface ChangeAddressTagsUseCase {

    Result change(Command command);

    enum Operation {
        ADD,
        REMOVE
    }

    /** @param tags normalised tags (see {@link dev.latchkey.domain.profile.AddressTags#normalize}) */
    record Command(TenantName tenant, CustomerId customer, AddressId address, Operation operation, List<String> tags) {

        public Command {
            tags = List.copyOf(tags);
        }
    }

    sealed interface Result {}

    record Changed() implements Result {}

    /** Unknown, or another customer's. */
    record UnknownAddress() implements Result {}

    /** Adding the tags would give the address more than {@link dev.latchkey.domain.profile.AddressTags#MAX_PER_ADDRESS}. */
    record TooManyTags() implements Result {}
}
