package io.hapsim.simulator.state;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The limits show info reports, against what real 2.6, 3.0 and 3.2 reported with 3 listeners and 20,000 files. */
class ProcessLimitsTest {

    @Test
    void withoutMaxconnTheDescriptorLimitDecides() {
        assertThat(ProcessLimits.compute(0, 10, 3, 2, 20_000, 0, 0)).isEqualTo(new ProcessLimits(9985, 19_999));
    }

    @Test
    void aConfiguredMaxconnSetsTheDescriptorsNeeded() {
        assertThat(ProcessLimits.compute(100, 10, 3, 1, 20_000, 0, 0)).isEqualTo(new ProcessLimits(100, 226));
        assertThat(ProcessLimits.compute(5000, 10, 3, 2, 20_000, 0, 0)).isEqualTo(new ProcessLimits(5000, 10_029));
    }

    @Test
    void fromThreeOneTheDescriptorsBudgetedAreCapped() {
        assertThat(ProcessLimits.compute(0, 10, 3, 2, 4_000_000, 1_048_576, 0).maxconn()).isEqualTo(524_273);
        assertThat(ProcessLimits.compute(0, 10, 3, 2, 4_000_000, 0, 0).maxconn()).isEqualTo(1_999_985);
    }

    @Test
    void aTinyLimitStillLeavesOneHundredConnections() {
        assertThat(ProcessLimits.compute(0, 10, 1, 1, 64, 0, 0)).isEqualTo(new ProcessLimits(100, 224));
    }

    /** Measured on workers under a master (20,000 descriptors, two threads, three listeners with the master's link). */
    @Test
    void aWorkerCountsDescriptorsForItsMaster() {
        assertThat(ProcessLimits.compute(0, 10, 3, 2, 20_000, 0, 11)).as("2.6").isEqualTo(new ProcessLimits(9980,
                20_000));
        assertThat(ProcessLimits.compute(0, 10, 3, 2, 20_000, 0, 22)).as("3.0").isEqualTo(new ProcessLimits(9974,
                19_999));
        assertThat(ProcessLimits.compute(0, 10, 3, 2, 20_000, 0, 25)).as("3.0, after a reload").isEqualTo(
                new ProcessLimits(9973, 20_000));
        assertThat(ProcessLimits.compute(0, 10, 3, 2, 20_000, 0, 3)).as("3.2, after a reload").isEqualTo(
                new ProcessLimits(9984, 20_000));
    }
}
