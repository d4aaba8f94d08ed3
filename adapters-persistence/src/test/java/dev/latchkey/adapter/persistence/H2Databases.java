package dev.latchkey.adapter.persistence;

import java.nio.file.Path;

/** The embedded H2 file database, as the product runs it by default. */
final class H2Databases {

    private H2Databases() {}

    static DatabaseSettings inFolder(Path folder) {
        return new DatabaseSettings(Persistence.embeddedUrl(folder), "", "", 4);
    }
}
