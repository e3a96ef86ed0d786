package io.hapsim.simulator.state.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.simulator.state.ServerLog;
import io.hapsim.simulator.state.events.EventSinks;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What server state changes log, as the real 2.6.12, 3.0.11, 3.2.26 and 3.4.7 logged the same commands on a backend
 * of two plain servers (their words are the same; 2.6 restates a drain on every update).
 */
class ServerStateLogTest {

    private static final String WARNING = "[WARNING]  (7) : Server be/";

    private final List<String> lines = new ArrayList<>();
    private Server s1;
    private Server s2;

    private void configure(boolean updatesRestateDrain) {
        Proxies proxies = Proxies.fromConfig("backend be\n    server s1 127.0.0.1:1\n    server s2 127.0.0.1:2\n",
                () -> 0, 2000);
        proxies.logTo(new ServerLog(7, lines::add), new EventSinks(false, List.of()), updatesRestateDrain);
        Proxy backend = proxies.backend("be").orElseThrow();
        s1 = backend.server("s1").orElseThrow();
        s2 = backend.server("s2").orElseThrow();
    }

    @Test
    void eachFlagOfAStateChangeIsReportedOnItsOwn() {
        configure(false);
        s1.drain();
        s1.drain();
        s1.enterMaintenance();
        s1.drain();
        s1.makeReady();
        s1.makeReady();

        assertThat(lines).containsExactly(
                WARNING + "s1 enters drain state. 1 active and 0 backup servers online."
                        + " 0 sessions requeued, 0 total in queue.\n",
                WARNING + "s1 is going DOWN for maintenance. 1 active and 0 backup servers left."
                        + " 0 sessions active, 0 requeued, 0 remaining in queue.\n",
                WARNING + "s1 is UP/DRAIN (leaving forced maintenance).\n",
                WARNING + "s1 remains in forced drain mode.\n",
                WARNING + "s1 is UP (leaving forced drain).\n");
    }

    @Test
    void aBackendLosingItsLastServerRaisesAnAlert() {
        configure(false);
        s1.enterMaintenance();
        s2.enterMaintenance();
        s2.makeReady();
        s1.makeReady();
        s1.setUserWeight(0);
        s2.setUserWeight(0);

        assertThat(lines).containsExactly(
                WARNING + "s1 is going DOWN for maintenance. 1 active and 0 backup servers left."
                        + " 0 sessions active, 0 requeued, 0 remaining in queue.\n",
                WARNING + "s2 is going DOWN for maintenance. 0 active and 0 backup servers left."
                        + " 0 sessions active, 0 requeued, 0 remaining in queue.\n",
                "[ALERT]    (7) : backend 'be' has no server available!\n",
                WARNING + "s2 is UP/READY (leaving forced maintenance).\n",
                WARNING + "s1 is UP/READY (leaving forced maintenance).\n",
                "[ALERT]    (7) : backend 'be' has no server available!\n");
    }

    @Test
    void healthForcedFromTheCliIsReportedWithTheServersLeft() {
        configure(false);
        s1.forceHealth(OpState.STOPPED);
        s1.enterMaintenance();
        s1.makeReady();
        s1.forceHealth(OpState.STOPPING);
        s1.drain();

        assertThat(lines).containsExactly(
                WARNING + "s1 is DOWN, changed from CLI. 1 active and 0 backup servers left."
                        + " 0 sessions active, 0 requeued, 0 remaining in queue.\n",
                WARNING + "s1 was DOWN and now enters maintenance.\n",
                WARNING + "s1 is UP/READY (leaving forced maintenance).\n",
                WARNING + "s1 is stopping, changed from CLI. 1 active and 0 backup servers online."
                        + " 0 sessions requeued, 0 total in queue.\n",
                WARNING + "s1 enters drain state. 1 active and 0 backup servers online."
                        + " 0 sessions requeued, 0 total in queue.\n");
    }

    @Test
    void whereEveryUpdateIsOneReportADrainingServerSaysItDrainsAgain() {
        configure(true);
        s1.drain();
        s1.setUserWeight(5);
        s1.forceHealth(OpState.STOPPED);
        s1.enterMaintenance();
        s1.setUserWeight(3);

        assertThat(lines).containsExactly(
                WARNING + "s1 enters drain state. 1 active and 0 backup servers online."
                        + " 0 sessions requeued, 0 total in queue.\n",
                WARNING + "s1 remains in forced drain mode.\n",
                WARNING + "s1 is DOWN, changed from CLI. 1 active and 0 backup servers left."
                        + " 0 sessions active, 0 requeued, 0 remaining in queue.\n",
                WARNING + "s1 remains in forced drain mode.\n",
                WARNING + "s1 was DOWN and now enters maintenance.\n");
    }

    @Test
    void trackingAndBackupServersSayWhereTheirStateComesFromAndWhatIsLeft() {
        Proxies proxies = Proxies.fromConfig("""
                backend be
                    server s1 127.0.0.1:1 check
                    server s2 127.0.0.1:2
                    server t1 127.0.0.1:3 track be/s1
                    server b1 127.0.0.1:4 backup
                """, () -> 0, 2000);
        proxies.logTo(new ServerLog(7, lines::add), new EventSinks(false, List.of()), false);
        Proxy backend = proxies.backend("be").orElseThrow();
        Server checked = backend.server("s1").orElseThrow();
        Server tracking = backend.server("t1").orElseThrow();
        Server backup = backend.server("b1").orElseThrow();
        tracking.enterMaintenance();
        checked.enterMaintenance();
        tracking.makeReady();
        backend.server("s2").orElseThrow().enterMaintenance();
        backup.drain();

        assertThat(lines).containsExactly(
                WARNING + "t1 is going DOWN for maintenance. 2 active and 1 backup servers left."
                        + " 0 sessions active, 0 requeued, 0 remaining in queue.\n",
                WARNING + "s1 is going DOWN for maintenance. 1 active and 1 backup servers left."
                        + " 0 sessions active, 0 requeued, 0 remaining in queue.\n",
                WARNING + "t1 is leaving forced maintenance but remains in maintenance via be/s1.\n",
                WARNING + "s2 is going DOWN for maintenance. 0 active and 1 backup servers left. Running on backup."
                        + " 0 sessions active, 0 requeued, 0 remaining in queue.\n",
                "[WARNING]  (7) : Backup Server be/b1 enters drain state. 0 active and 0 backup servers online."
                        + " 0 sessions requeued, 0 total in queue.\n",
                "[ALERT]    (7) : backend 'be' has no server available!\n");
    }
}
