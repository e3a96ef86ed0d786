package io.hapsim.simulator.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.simulator.RawClient;
import io.hapsim.simulator.Simulator;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@HapsimTest(version = "2.8")
class HapsimExtensionTest {

    @Test
    void injectsASimulatorOfTheClassVersion(Simulator haproxy) throws Exception {
        assertThat(haproxy.profile().label()).isEqualTo("2.8");
        try (RawClient client = RawClient.connect(haproxy)) {
            assertThat(client.send("show cli level\n").finish(Duration.ofSeconds(2)).received())
                    .isEqualTo("admin\n\n");
        }
        assertThat(haproxy.takeCommand(Duration.ofSeconds(1)).line()).isEqualTo("show cli level");
    }

    @Test
    @HapsimTest(version = "3.2")
    void methodSettingsWin(Simulator haproxy) {
        assertThat(haproxy.profile().label()).isEqualTo("3.2");
    }

    @Test
    @HapsimTest(version = "2.6", nonInteractiveClose = "after=2")
    void pinsTheNonInteractiveClose(Simulator haproxy) throws Exception {
        try (RawClient client = RawClient.connect(haproxy)) {
            RawClient.Exchange exchange = client.send("show cli level\n".repeat(3)).finish(Duration.ofSeconds(2));
            assertThat(exchange).isEqualTo(new RawClient.Exchange("admin\n\n".repeat(2), true));
        }
    }

    @Test
    void eachTestGetsItsOwnSimulator(Simulator haproxy) {
        assertThat(haproxy.commandCount()).isZero();
    }
}
