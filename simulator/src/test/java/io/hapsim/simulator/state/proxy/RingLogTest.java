package io.hapsim.simulator.state.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.simulator.config.EventRing;
import io.hapsim.simulator.state.ServerLog;
import io.hapsim.simulator.state.events.EventSinks;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What server state changes write into the event rings of a proxy's log lines, as real 2.6.12, 3.0.11, 3.2.26 and
 * 3.4.7 wrote them (the same on each) for a backend logging to a global ring and to one of its own.
 */
class RingLogTest {

    private static final String CONFIG = """
            global
                log ring@r1 local0
            defaults
                log global
            backend be
                log ring@r2 local1
                server s1 127.0.0.1:1 disabled
                server s2 127.0.0.1:2
            """;

    private final EventSinks sinks = new EventSinks(false, List.of(new EventRing("r1", "my ring", 32768, "raw"),
            new EventRing("r2", "r2", 32768, "short")));

    private Server s2() {
        Proxies proxies = Proxies.fromConfig(CONFIG, () -> 0, 2000);
        proxies.logTo(new ServerLog(7, line -> { }), sinks, false);
        return proxies.backend("be").orElseThrow().server("s2").orElseThrow();
    }

    @Test
    void aRawRingKeepsTheMessagesAndAShortOneHeadsThemWithTheirSeverity() {
        Server s2 = s2();
        s2.enterMaintenance();
        s2.makeReady();

        String down = "Server be/s2 is going DOWN for maintenance. 0 active and 0 backup servers left. 0 sessions"
                + " active, 0 requeued, 0 remaining in queue.";
        String up = "Server be/s2 is UP/READY (leaving forced maintenance).";
        assertThat(sinks.find("r1").orElseThrow().ring().events())
                .containsExactly(down, "backend be has no server available!", up);
        assertThat(sinks.find("r2").orElseThrow().ring().events())
                .containsExactly("<1>" + down, "<0>backend be has no server available!", "<5>" + up);
    }

    @Test
    void aLogLineFiltersBySeverityAndRaisesMilderMessagesToItsMinimum() {
        Proxies proxies = Proxies.fromConfig("""
                backend be
                    log ring@r2 format priority local1 alert
                    log ring@r1 format short local0 debug err
                    server s2 127.0.0.1:2
                """, () -> 0, 2000);
        proxies.logTo(new ServerLog(7, line -> { }), sinks, false);
        Server s2 = proxies.backend("be").orElseThrow().server("s2").orElseThrow();
        s2.enterMaintenance();
        s2.makeReady();

        // local1 is facility 17: 17 * 8 + the severity; the notice of the return is milder than alert
        assertThat(sinks.find("r2").orElseThrow().ring().events()).extracting(event -> event.substring(0, 5))
                .containsExactly("<137>", "<136>");
        assertThat(sinks.find("r1").orElseThrow().ring().events()).extracting(event -> event.substring(0, 3))
                .containsExactly("<3>", "<3>", "<5>");
    }

    @Test
    void noLogForgetsTheLoggersADefaultsSectionGave() {
        Proxies proxies = Proxies.fromConfig("""
                global
                    log ring@r1 local0
                defaults
                    log global
                backend be
                    no log
                    server s2 127.0.0.1:2
                """, () -> 0, 2000);
        proxies.logTo(new ServerLog(7, line -> { }), sinks, false);
        proxies.backend("be").orElseThrow().server("s2").orElseThrow().enterMaintenance();

        assertThat(sinks.find("r1").orElseThrow().ring().events()).isEmpty();
    }
}
