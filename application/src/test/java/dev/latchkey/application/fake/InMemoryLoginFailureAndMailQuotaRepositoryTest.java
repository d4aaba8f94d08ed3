package dev.latchkey.application.fake;

import dev.latchkey.application.port.out.contract.LoginFailureAndMailQuotaRepositoryContract;
import dev.latchkey.application.port.out.contract.RepositoryPorts;

/** The fakes of failed-login counts and the mail quota pass the same contract as the database. */
class InMemoryLoginFailureAndMailQuotaRepositoryTest extends LoginFailureAndMailQuotaRepositoryContract {

    @Override
    protected RepositoryPorts openPorts() {
        return new InMemoryRepositoryPorts();
    }
}
