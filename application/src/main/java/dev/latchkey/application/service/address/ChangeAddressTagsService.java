package dev.latchkey.application.service.address;

import dev.latchkey.application.port.in.address.ChangeAddressTagsUseCase;
import dev.latchkey.application.port.out.AddressRepository;
import dev.latchkey.application.port.out.CustomerRepository;
import dev.latchkey.application.port.out.Transactions;
import dev.latchkey.domain.profile.Address;
import dev.latchkey.domain.profile.AddressTags;
import java.util.List;
import java.util.Optional;

/** Adds or removes tags of one of the customer's addresses; at most {@link AddressTags#MAX_PER_ADDRESS} stay on it. */
public final class ChangeAddressTagsService implements ChangeAddressTagsUseCase {

    private final AddressRepository addresses;
    private final AddressBook book;
    private final Transactions transactions;

    public ChangeAddressTagsService(
            CustomerRepository customers, AddressRepository addresses, Transactions transactions) {
        this.addresses = addresses;
        this.book = new AddressBook(customers, addresses);
        this.transactions = transactions;
    }

    @Override
    public Result change(Command command) {
        return transactions.inTransaction(() -> {
            if (!book.lock(command.tenant(), command.customer())) {
                return new UnknownAddress();
            }
            Optional<Address> current = addresses.find(command.customer(), command.address());
            if (current.isEmpty()) {
                return new UnknownAddress();
            }
            List<String> tags = command.operation() == Operation.ADD
                    ? current.get().tagsWith(command.tags())
                    : current.get().tagsWithout(command.tags());
            if (tags.size() > AddressTags.MAX_PER_ADDRESS) {
                return new TooManyTags();
            }
            addresses.update(command.customer(), current.get().withTags(tags));
            return new Changed();
        });
    }
}
