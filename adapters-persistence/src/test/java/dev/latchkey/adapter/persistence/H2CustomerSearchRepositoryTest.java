package dev.latchkey.adapter.persistence;

import dev.latchkey.application.port.out.contract.CustomerSearchRepositoryContract;
import dev.latchkey.application.port.out.contract.RepositoryPorts;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class H2CustomerSearchRepositoryTest extends CustomerSearchRepositoryContract {

    @TempDir
    Path folder;

    @Override
    protected RepositoryPorts openPorts() {
        return PersistencePorts.open(H2Databases.inFolder(folder));
    }
}
