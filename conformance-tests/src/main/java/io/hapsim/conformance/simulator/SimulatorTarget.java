package io.hapsim.conformance.simulator;

import io.hapsim.conformance.replay.scenario.Scenario;
import io.hapsim.conformance.replay.target.FixtureInstanceDir;
import io.hapsim.conformance.replay.target.FixtureInstanceTarget;
import io.hapsim.conformance.replay.target.Corpus;
import io.hapsim.simulator.Simulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A fresh in-process simulator per scenario, started from the scenario's rendered {@code haproxy.cfg} exactly as
 * real HAProxy is; what it logs goes to {@code DIR/haproxy.log} byte for byte, like HAProxy's stderr.
 */
public final class SimulatorTarget extends FixtureInstanceTarget {

    private final String version;

    public SimulatorTarget(String version, Path fixtureDir) {
        super(fixtureDir);
        this.version = version;
    }

    /** The given version profile with the corpus fixture. */
    public static SimulatorTarget of(String version) {
        return new SimulatorTarget(version, Corpus.locate().fixture());
    }

    @Override
    public String label() {
        return version;
    }

    @Override
    protected Running launch(FixtureInstanceDir dir, Scenario scenario) throws IOException {
        Path log = dir.logFile();
        Files.write(log, new byte[0]);
        Simulator simulator = Simulator.builder()
                .version(version)
                .config(dir.config())
                .log(line -> append(log, line))
                .start();
        return simulator::close;
    }

    private static void append(Path log, String text) {
        try {
            Files.writeString(log, text, StandardCharsets.ISO_8859_1, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
