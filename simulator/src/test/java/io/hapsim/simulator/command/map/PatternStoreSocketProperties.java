package io.hapsim.simulator.command.map;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.hapsim.simulator.RawClient;
import io.hapsim.simulator.Simulator;
import io.hapsim.simulator.version.VersionProfile;
import io.hapsim.simulator.version.VersionProfiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The model-based map properties of {@link PatternStoreProperties}, driven through the whole simulator: every
 * command is one non-interactive connection on a real UNIX socket (payloads sent after {@code <<}), so framing,
 * dispatch and the pattern store are checked together against the plain-collections model.
 */
class PatternStoreSocketProperties {

    private static final Gen<List<int[]>> SEQUENCES = lists()
            .of(Generate.intArrays(Generate.constant(5), integers().between(0, 10_000))).ofSizeBetween(1, 40);

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"2.6", "3.0", "3.2"})
    void mapCommandsOverASocketBehaveLikeTheModel(String label) {
        VersionProfile profile = VersionProfiles.get(label);
        qt().withFixedSeed(label.hashCode() * 17L + 3).withExamples(60).forAll(SEQUENCES)
                .checkAssert(ops -> PatternStoreProperties.check(profile, ops, newInstanceDir(),
                        PatternStoreSocketProperties::simulator));
    }

    /** A fresh simulator on the configuration; the target runs each command on its own connection. */
    private static PatternStoreProperties.Target simulator(Path config, VersionProfile profile) {
        Simulator haproxy = Simulator.builder().version(profile.label()).config(config).log(line -> { }).start();
        return new PatternStoreProperties.Target() {
            @Override
            public String execute(String commandLine, String payload) {
                String request = payload == null ? commandLine + "\n" : commandLine + " <<\n" + payload + "\n\n";
                try (RawClient client = RawClient.connect(haproxy)) {
                    String answer = client.send(request).finish(Duration.ofSeconds(5)).received();
                    // the non-interactive terminator is not part of the answer the model predicts
                    return answer.endsWith("\n") ? answer.substring(0, answer.length() - 1) : answer;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public void close() {
                haproxy.close();
            }
        };
    }

    private Path newInstanceDir() {
        try {
            return Files.createTempDirectory(tmp, "s");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
