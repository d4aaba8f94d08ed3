package dev.latchkey.adapter.persistence;

import dev.latchkey.application.port.out.contract.CustomerImportRepositoryContract;
import dev.latchkey.application.port.out.contract.RepositoryPorts;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class H2CustomerImportRepositoryTest extends CustomerImportRepositoryContract {

    @TempDir
    Path folder;

    @Override
    protected RepositoryPorts openPorts() {
        return PersistencePorts.open(H2Databases.inFolder(folder));
    }
}
