package io.hapsim.benchmarks.target;

import io.hapsim.simulator.Simulator;

/** The simulator in the benchmark's JVM. */
final class InProcessSimulator implements BenchTarget {

    private final String profile;
    private final BenchDir dir;
    private final Simulator simulator;

    InProcessSimulator(String profile, BenchDir dir) {
        this.profile = profile;
        this.dir = dir;
        this.simulator = Simulator.builder().version(profile).config(dir.config()).log(line -> { }).start();
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

    /**
     * Forgets the commands the simulator recorded for {@code takeCommand} (it keeps every one, payload included,
     * until taken): called between measurements so that a long run does not fill the heap.
     */
    @Override
    public void forgetRecordedCommands() {
        try {
            while (simulator.takeCommand(java.time.Duration.ZERO) != null) {
                // drop
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
