package io.hapsim.client.map;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.client.HaproxyCli;
import io.hapsim.client.testing.Generated;
import io.hapsim.client.testing.Instance;
import io.hapsim.client.testing.Instances;
import io.hapsim.client.testing.Listing;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 1,000,000 entries replaced atomically on the simulator, with the default strategy of each version. */
class MillionEntriesSimulatorTest {

    @ParameterizedTest(name = "sim {0}")
    @ValueSource(strings = {"2.8", "3.0", "3.2"})
    void replacesAMillionEntries(String profile) {
        try (Instance haproxy = Instances.simulator(profile)) {
            HaproxyCli cli = haproxy.cli();
            ReplaceResult r = cli.maps().replace(haproxy.bulkMap(), Generated.entries("m", 1_000_000),
                    ReplaceOptions.defaults());
            assertThat(r.entries()).isEqualTo(1_000_000);
            assertThat(cli.maps().require(haproxy.bulkMap()).currentVersion()).isEqualTo(r.version());
            assertThat(Listing.of(cli, "show map " + haproxy.bulkMap()))
                    .isEqualTo(Listing.expected(Generated.entries("m", 1_000_000)));
        }
    }
}
