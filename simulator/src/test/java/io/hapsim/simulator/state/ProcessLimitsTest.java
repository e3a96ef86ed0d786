package io.hapsim.simulator.state;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The limits show info reports, against what real 2.6, 3.0 and 3.2 reported with 3 listeners and 20,000 files. */
class ProcessLimitsTest {

    @Test
    void withoutMaxconnTheDescriptorLimitDecides() {
        assertThat(ProcessLimits.compute(0, 10, 3, 2, 20_000, 0)).isEqualTo(new ProcessLimits(9985, 19_999));
    }

    @Test
    void aConfiguredMaxconnSetsTheDescriptorsNeeded() {
        assertThat(ProcessLimits.compute(100, 10, 3, 1, 20_000, 0)).isEqualTo(new ProcessLimits(100, 226));
        assertThat(ProcessLimits.compute(5000, 10, 3, 2, 20_000, 0)).isEqualTo(new ProcessLimits(5000, 10_029));
    }

    @Test
    void fromThreeOneTheDescriptorsBudgetedAreCapped() {
        assertThat(ProcessLimits.compute(0, 10, 3, 2, 4_000_000, 1_048_576).maxconn()).isEqualTo(524_273);
        assertThat(ProcessLimits.compute(0, 10, 3, 2, 4_000_000, 0).maxconn()).isEqualTo(1_999_985);
    }

    @Test
    void aTinyLimitStillLeavesOneHundredConnections() {
        assertThat(ProcessLimits.compute(0, 10, 1, 1, 64, 0)).isEqualTo(new ProcessLimits(100, 224));
    }
}
