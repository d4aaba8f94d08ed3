package dev.latchkey.adapter.persistence;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class H2TokenAndOutboxRepositoryTest extends TokenAndOutboxDatabaseContract {

    @TempDir
    Path folder;

    @Override
    protected DatabaseSettings settings() {
        return H2Databases.inFolder(folder);
    }
}
