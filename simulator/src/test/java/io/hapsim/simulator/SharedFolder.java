package io.hapsim.simulator;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared ground truth next to the repository ({@code ../shared}: the spec and the recorded conformance corpus),
 * as the build passes it in {@code hapsim.shared.dir}. Tests built on it skip, visibly, on a machine without it, and
 * fail in CI ({@code CI=true}), where a missing corpus would otherwise turn them into tests that cannot fail.
 */
public final class SharedFolder {

    private SharedFolder() {
    }

    public static Path root() {
        return Path.of(System.getProperty("hapsim.shared.dir", "../../shared")).toAbsolutePath().normalize();
    }

    /** Returns {@code path} if it exists; otherwise fails in CI and skips the test elsewhere. */
    public static Path require(Path path) {
        if (!Files.exists(path)) {
            String why = "the shared ground truth is missing: " + path + " (set -Dhapsim.shared.dir)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why);
            }
            assumeTrue(false, why);
        }
        return path;
    }
}
