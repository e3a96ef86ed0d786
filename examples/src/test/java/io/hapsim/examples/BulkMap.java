package io.hapsim.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The map bulk.cfg loads: an absolute path, as in a real configuration, created empty if missing. A test class that
 * starts bulk.cfg keeps {@link #PATH} in a static field, so that the file exists before its simulator starts: the
 * path is computed, not a constant the compiler would copy into the test without running this class.
 */
final class BulkMap {

    static final String PATH = created(Path.of("/tmp/hapsim-example-bulk.map"));

    private BulkMap() {
    }

    private static String created(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createFile(file);
            }
            return file.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
