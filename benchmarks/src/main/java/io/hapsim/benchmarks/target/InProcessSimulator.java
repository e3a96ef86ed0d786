package io.hapsim.benchmarks.target;

import io.hapsim.simulator.journal.JournalSettings;
import io.hapsim.simulator.Simulator;

/** The simulator in the benchmark's JVM. */
final class InProcessSimulator implements BenchTarget {

    private final String profile;
    private final BenchDir dir;
    private final Simulator simulator;

    InProcessSimulator(String profile, BenchDir dir) {
        this.profile = profile;
        this.dir = dir;
        // nothing reads the journal here: commands are not kept
        this.simulator = Simulator.builder().version(profile).config(dir.config()).log(line -> { })
                .journal(JournalSettings.off()).start();
        BenchTarget.awaitReady(dir, () -> true, () -> "in-process simulator");
    }

    @Override
    public TargetKind kind() {
        return TargetKind.SIM;
    }

    @Override
    public String profile() {
        return profile;
    }

    @Override
    public String version() {
        return simulator.profile().version();
    }

    @Override
    public BenchDir dir() {
        return dir;
    }

    @Override
    public void close() {
        try {
            simulator.close();
        } finally {
            dir.close();
        }
    }
}
