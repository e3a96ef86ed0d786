package io.hapsim.simulator;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The repository's conformance corpus ({@code conformance-tests/corpus}: what real HAProxy answered), as the build
 * passes it in {@code hapsim.corpus.dir}. It is part of the repository: tests built on it fail when it is missing,
 * never skip, so that they cannot pass by running nothing.
 */
public final class CorpusFolder {

    private CorpusFolder() {
    }

    public static Path root() {
        return Path.of(System.getProperty("hapsim.corpus.dir", "../conformance-tests/corpus")).toAbsolutePath()
                .normalize();
    }

    /** Returns {@code path}, failing the test if it does not exist. */
    public static Path require(Path path) {
        if (!Files.exists(path)) {
            fail("the conformance corpus is missing: " + path + " (set -Dhapsim.corpus.dir)");
        }
        return path;
    }
}
