package io.hapsim.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the control API's shipped examples, docs/examples/control-api.sh and docs/examples/test_control_api.py,
 * against the standalone jar: bound to the {@code integration-test} phase, once {@code package} made the jar. A
 * missing tool (bash, curl, socat, python3 with pytest) fails the build on CI ({@code CI=true}) and skips the
 * example, saying so, elsewhere.
 */
class ControlApiExamplesIT {

    private static final Path ROOT = Path.of(System.getProperty("hapsim.root", "..")).toAbsolutePath().normalize();
    private static final Path JAR = Path.of(System.getProperty("hapsim.standalone.jar",
            "target/hapsim-tool-0.1.0-SNAPSHOT-standalone.jar")).toAbsolutePath();
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @TempDir
    Path dir;

    @Test
    void theShellExampleRuns() throws Exception {
        requireCommands("bash", "curl");
        // the socat scripts/install-real-tools unpacked, where the system has none
        Path installed = Path.of(System.getenv().getOrDefault("HAPSIM_TOOLS_CACHE",
                System.getProperty("user.home") + "/.cache/hapsim/tools"), "root/usr/bin");
        String path = System.getenv().getOrDefault("PATH", "");
        if (!onPath("socat") && Files.isExecutable(installed.resolve("socat"))) {
            path = installed + File.pathSeparator + path;
        } else {
            requireCommands("socat");
        }
        run(List.of("bash", ROOT.resolve("docs/examples/control-api.sh").toString()),
                Map.of("HAPSIM", JAVA + " -jar " + JAR, "PATH", path));
    }

    @Test
    void thePytestExamplePasses() throws Exception {
        requireCommands("python3");
        require(exitCode(List.of("python3", "-c", "import pytest")) == 0, "pytest (python3 -m pip install pytest)");
        // the caches go to the temporary folder, not into docs/examples
        run(List.of("python3", "-B", "-m", "pytest", "-q", "-p", "no:cacheprovider",
                ROOT.resolve("docs/examples/test_control_api.py").toString()),
                Map.of("HAPSIM_JAR", JAR.toString(), "JAVA", JAVA));
    }

    private void run(List<String> command, Map<String, String> environment) throws Exception {
        assertThat(JAR).as("the standalone jar (made by package)").exists();
        Path output = dir.resolve("output.txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        boolean ended = process.waitFor(5, TimeUnit.MINUTES);
        if (!ended) {
            process.destroyForcibly();
        }
        String printed = Files.readString(output);
        System.out.print(printed);
        assertThat(ended).as("%s ends within 5 minutes; it printed:%n%s", command, printed).isTrue();
        assertThat(process.exitValue()).as("exit code of %s; it printed:%n%s", command, printed).isZero();
    }

    private static void requireCommands(String... names) {
        for (String name : names) {
            require(onPath(name), name);
        }
    }

    private static boolean onPath(String name) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, name)));
    }

    private static int exitCode(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return process.waitFor(1, TimeUnit.MINUTES) ? process.exitValue() : -1;
    }

    private static void require(boolean present, String what) {
        if (present) {
            return;
        }
        String message = "the control API examples need " + what + ", which is missing";
        if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError(message + " (CI=true: installing it is part of the CI setup)");
        }
        System.err.println("SKIPPED: " + message);
        Assumptions.abort(message);
    }
}
