package io.hapsim.simulator.state.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Server state changes as real HAProxy showed them (recordings of "set server" on 2.6/3.0/3.2): administrative
 * flags, operational state, health, down transitions and downtime, tracking, and the backend's UP/DOWN history.
 */
class ServerStateTest {

    private final AtomicLong clock = new AtomicLong(1000);
    private Proxy backend;
    private Server checked;
    private Server plain;
    private Server tracking;

    @BeforeEach
    void configure() {
        backend = Proxies.fromConfig("""
                backend be
                    server checked 127.0.0.1:80 check
                    server plain 127.0.0.1:81 weight 0
                    server tracking 127.0.0.1:82 track checked
                """, clock::get, 2000).backend("be").orElseThrow();
        checked = backend.server("checked").orElseThrow();
        plain = backend.server("plain").orElseThrow();
        tracking = backend.server("tracking").orElseThrow();
    }

    @Test
    void aCheckedServerStartsHealthyAndAConfigDisabledOneInMaintenance() {
        Proxy be = Proxies.fromConfig("backend be\n    server off 127.0.0.1:80 check disabled\n", clock::get, 2000)
                .backend("be").orElseThrow();
        Server off = be.servers().get(0);
        assertThat(off.admin()).isEqualTo(Server.FORCED_MAINT | Server.CONFIG_MAINT);
        assertThat(off.op()).isEqualTo(OpState.STOPPED);
        assertThat(off.health().stateBits()).isEqualTo(14);
        assertThat(off.health().status()).isEqualTo(CheckStatus.INI);
        assertThat(checked.health().health()).isEqualTo(4);
        assertThat(checked.health().status()).isEqualTo(CheckStatus.L4OK);
        assertThat(checked.neededConnections()).isEqualTo(1);
        assertThat(be.backendUp()).isFalse();
        assertThat(be.downTransitions()).isZero();
    }

    @Test
    void leavingAConfiguredMaintenanceKeepsTheConfigFlagAndRunsTheChecks() {
        Proxy be = Proxies.fromConfig("backend be\n    server off 127.0.0.1:80 check disabled\n", clock::get, 2000)
                .backend("be").orElseThrow();
        Server off = be.servers().get(0);
        off.makeReady();
        assertThat(off.admin()).isEqualTo(Server.CONFIG_MAINT);
        assertThat(off.op()).isEqualTo(OpState.RUNNING);
        assertThat(off.health().health()).isEqualTo(4);
        assertThat(off.neededConnections()).isEqualTo(1);
    }

    @Test
    void maintenanceStopsPausesTheCheckAndEndsADrain() {
        checked.drain();
        assertThat(checked.admin()).isEqualTo(Server.FORCED_DRAIN);
        checked.enterMaintenance();
        assertThat(checked.admin()).isEqualTo(Server.FORCED_MAINT);
        assertThat(checked.op()).isEqualTo(OpState.STOPPED);
        assertThat(checked.health().running()).isFalse();
        assertThat(checked.health().health()).isZero();
        assertThat(checked.downTransitions()).isEqualTo(1);
        checked.drain();
        assertThat(checked.admin()).isEqualTo(Server.FORCED_DRAIN);
        assertThat(checked.op()).isEqualTo(OpState.RUNNING);
    }

    @Test
    void anUncheckedServerComesBackFromMaintenanceWithoutHealth() {
        plain.enterMaintenance();
        plain.makeReady();
        assertThat(plain.op()).isEqualTo(OpState.RUNNING);
        assertThat(plain.health().health()).isZero();
    }

    @Test
    void forcedHealthSetsTheStateUnlessInMaintenanceAndCountsDownTransitions() {
        checked.forceHealth(OpState.STOPPED);
        checked.forceHealth(OpState.STOPPING);
        assertThat(checked.op()).isEqualTo(OpState.STOPPING);
        assertThat(checked.health().health()).isEqualTo(4);
        checked.forceHealth(OpState.STOPPED);
        assertThat(checked.downTransitions()).isEqualTo(2);
        checked.enterMaintenance();
        assertThat(checked.downTransitions()).isEqualTo(2);
        checked.forceHealth(OpState.RUNNING);
        assertThat(checked.op()).isEqualTo(OpState.STOPPED);
    }

    @Test
    void aTrackingServerFollowsItsTarget() {
        checked.forceHealth(OpState.STOPPED);
        assertThat(tracking.op()).isEqualTo(OpState.STOPPED);
        checked.forceHealth(OpState.RUNNING);
        checked.drain();
        assertThat(tracking.admin()).isEqualTo(Server.INHERITED_DRAIN);
        checked.enterMaintenance();
        assertThat(tracking.admin()).isEqualTo(Server.INHERITED_MAINT);
        assertThat(tracking.inheritedMaintenance()).isTrue();
        checked.makeReady();
        assertThat(tracking.admin()).isZero();
        assertThat(tracking.op()).isEqualTo(OpState.RUNNING);
    }

    @Test
    void theBackendGoesDownWhenNoServerTakesTrafficAndCountsItsDowntime() {
        assertThat(backend.totalWeight()).isEqualTo(2);
        checked.forceHealth(OpState.STOPPED);
        assertThat(backend.backendUp()).isFalse();
        assertThat(backend.downTransitions()).isEqualTo(1);
        clock.addAndGet(7);
        assertThat(backend.downtime()).isEqualTo(7);
        checked.forceHealth(OpState.RUNNING);
        clock.addAndGet(5);
        assertThat(backend.backendUp()).isTrue();
        assertThat(backend.downtime()).isEqualTo(7);
        assertThat(backend.secondsSinceChange()).isEqualTo(5);
    }

    @Test
    void aServerCountsTheTimeItSpentStopped() {
        clock.addAndGet(3);
        checked.enterMaintenance();
        clock.addAndGet(10);
        assertThat(checked.downtime()).isEqualTo(10);
        checked.makeReady();
        clock.addAndGet(4);
        assertThat(checked.downtime()).isEqualTo(10);
        assertThat(checked.secondsSinceChange()).isEqualTo(4);
    }
}
