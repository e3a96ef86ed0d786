package io.hapsim.conformance.simulator;

import io.hapsim.conformance.replay.scenario.Scenario;
import io.hapsim.conformance.replay.target.FixtureInstanceDir;
import io.hapsim.conformance.replay.target.FixtureInstanceTarget;
import io.hapsim.conformance.replay.target.Corpus;
import io.hapsim.simulator.Simulator;
import io.hapsim.simulator.master.MasterWorker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * A fresh in-process simulator per scenario, started from the scenario's rendered {@code haproxy.cfg} exactly as
 * real HAProxy is (a master-worker one, with its master socket, for a master scenario); what it logs goes to
 * {@code DIR/haproxy.log} byte for byte, like HAProxy's stderr.
 */
public final class SimulatorTarget extends FixtureInstanceTarget {

    private final String version;
    private final UnaryOperator<Simulator.Builder> settings;
    private final Consumer<Simulator> started;

    public SimulatorTarget(String version, Path fixtureDir) {
        this(version, fixtureDir, UnaryOperator.identity(), simulator -> { });
    }

    private SimulatorTarget(String version, Path fixtureDir, UnaryOperator<Simulator.Builder> settings,
            Consumer<Simulator> started) {
        super(fixtureDir);
        this.version = version;
        this.settings = settings;
        this.started = started;
    }

    /** The given version profile with the corpus fixture. */
    public static SimulatorTarget of(String version) {
        return new SimulatorTarget(version, Corpus.locate().fixture());
    }

    /**
     * The same target, its simulators built with more {@code settings} (a journal, say) and handed to
     * {@code started} once they listen, for a test to reach them.
     */
    public SimulatorTarget observed(UnaryOperator<Simulator.Builder> settings, Consumer<Simulator> started) {
        return new SimulatorTarget(version, fixtureDir(), settings, started);
    }

    @Override
    public String label() {
        return version;
    }

    @Override
    protected Running launch(FixtureInstanceDir dir, Scenario scenario) throws IOException {
        Path log = dir.logFile();
        Files.write(log, new byte[0]);
        if (scenario.masterWorker()) {
            MasterWorker haproxy = MasterWorker.builder()
                    .version(version)
                    .config(dir.config())
                    .masterSocket(dir.masterSocket())
                    .log(line -> append(log, line))
                    .start();
            started.accept(haproxy.worker());
            return new Running() {
                @Override
                public void freezeWorkers(boolean frozen) {
                    if (frozen) {
                        haproxy.worker().freeze();
                    } else {
                        haproxy.worker().thaw();
                    }
                }

                @Override
                public void close() {
                    haproxy.close();
                }
            };
        }
        Simulator simulator = settings.apply(Simulator.builder()
                .version(version)
                .config(dir.config())
                .log(line -> append(log, line)))
                .start();
        started.accept(simulator);
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
