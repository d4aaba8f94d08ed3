package dev.latchkey.application.fake;

import dev.latchkey.application.port.out.contract.ProfileAndAddressRepositoryContract;
import dev.latchkey.application.port.out.contract.RepositoryPorts;

/** The fakes of profiles and address books pass the same contract as the database. */
class InMemoryProfileAndAddressRepositoryTest extends ProfileAndAddressRepositoryContract {

    @Override
    protected RepositoryPorts openPorts() {
        return new InMemoryRepositoryPorts();
    }
}
