package dev.latchkey.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.port.out.contract.ProfileAndAddressRepositoryContract;
import dev.latchkey.application.port.out.contract.RepositoryPorts;
import dev.latchkey.domain.profile.Address;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The profile and address contract, and the lock on an address book that transactions on two connections meet. */
abstract class ProfileAndAddressDatabaseContract extends ProfileAndAddressRepositoryContract {

    /** The database to run against: a fresh, empty one for each test. */
    protected abstract DatabaseSettings settings();

    @Override
    protected final RepositoryPorts openPorts() {
        return PersistencePorts.open(settings());
    }

    @Test
    void twoTransactionsSettingDifferentDefaultsLeaveExactlyOne() throws Exception {
        for (int round = 0; round < 10; round++) {
            Address first = address("One", List.of(), false);
            Address second = address("Two", List.of(), false);
            addresses.add(ada.id(), first);
            addresses.add(ada.id(), second);
            CountDownLatch go = new CountDownLatch(1);

            CompletableFuture<Void> one = CompletableFuture.runAsync(() -> makeDefault(first, go));
            CompletableFuture<Void> two = CompletableFuture.runAsync(() -> makeDefault(second, go));
            go.countDown();
            one.get(20, TimeUnit.SECONDS);
            two.get(20, TimeUnit.SECONDS);

            assertThat(addresses.listOf(ada.id()).stream().filter(Address::isDefault))
                    .as("round %d", round)
                    .hasSize(1);
            addresses.delete(ada.id(), first.id());
            addresses.delete(ada.id(), second.id());
        }
    }

    /** What the address services do: lock the book, read, write the default, clear the others. */
    private void makeDefault(Address address, CountDownLatch go) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        ports.transactions().run(() -> {
            addresses.lockBookOf(ada.id());
            Address current = addresses.find(ada.id(), address.id()).orElseThrow();
            Address updated = new Address(
                    current.id(),
                    current.contactName(),
                    current.companyName(),
                    current.street(),
                    current.streetNumber(),
                    current.streetAppendix(),
                    current.extraLine1(),
                    current.extraLine2(),
                    current.extraLine3(),
                    current.extraLine4(),
                    current.zipCode(),
                    current.city(),
                    current.country(),
                    current.state(),
                    current.contactPhone(),
                    current.tags(),
                    true,
                    current.metadata(),
                    current.mixins());
            addresses.update(ada.id(), updated);
            addresses.clearDefaultsExcept(ada.id(), updated.id());
        });
    }
}
