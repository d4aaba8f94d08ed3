package dev.latchkey.application.fake;

import dev.latchkey.application.port.out.contract.RepositoryPorts;
import dev.latchkey.application.port.out.contract.TokenAndOutboxRepositoryContract;

/** The fakes of tokens, sessions, mailed tokens, the outbox and deferred requests pass the database's contract. */
class InMemoryTokenAndOutboxRepositoryTest extends TokenAndOutboxRepositoryContract {

    @Override
    protected RepositoryPorts openPorts() {
        return new InMemoryRepositoryPorts();
    }
}
