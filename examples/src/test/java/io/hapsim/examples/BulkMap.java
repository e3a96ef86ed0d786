package io.hapsim.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The map bulk.cfg loads: an absolute path, as in a real configuration; created empty if missing. */
final class BulkMap {

    static final String PATH = "/tmp/hapsim-example-bulk.map";

    static {
        try {
            if (!Files.exists(Path.of(PATH))) {
                Files.createFile(Path.of(PATH));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private BulkMap() {
    }
}
