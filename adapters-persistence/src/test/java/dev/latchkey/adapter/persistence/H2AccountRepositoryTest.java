package dev.latchkey.adapter.persistence;

import dev.latchkey.application.port.out.contract.AccountRepositoryContract;
import dev.latchkey.application.port.out.contract.RepositoryPorts;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class H2AccountRepositoryTest extends AccountRepositoryContract {

    @TempDir
    Path folder;

    @Override
    protected RepositoryPorts openPorts() {
        return PersistencePorts.open(H2Databases.inFolder(folder));
    }
}
