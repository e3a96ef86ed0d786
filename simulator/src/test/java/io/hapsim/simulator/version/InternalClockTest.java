package io.hapsim.simulator.version;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class InternalClockTest {

    @Test
    void aPeersSectionsDateIsTheStartOnTheVersionsClockShiftedToWrapTheTicks() {
        // real 2.6 started at 22:33:44; 3.0 started at 1796596389.5 printed 10/Jan/2027:14:27:56; 3.2 on a host up
        // for 60400 s printed 19/Feb/1970:17:02:26 or :27 (by the monotonic clock's milliseconds)
        assertThat(date(InternalClock.WALL, 1796596424_700L, 0)).isEqualTo("2026-12-06T22:33:44Z");
        assertThat(date(InternalClock.WRAPPED_WALL, 1796596389_500L, 0)).isEqualTo("2027-01-10T14:27:56Z");
        assertThat(date(InternalClock.WRAPPED_MONOTONIC, 0, 60_400_200L)).isEqualTo("1970-02-19T17:02:27Z");
        assertThat(date(InternalClock.WRAPPED_MONOTONIC, 0, 60_400_900L)).isEqualTo("1970-02-19T17:02:26Z");
    }

    @Test
    void theClockKeepsItsStartShiftAsTimeGoesOn() {
        // what real 3.0 and 3.2 showed as a down backend's downtime right after "clear counters all", some 7.4 s
        // after a start at wall 1796599571.56 (3.0) or at 63690.66 s of the host's monotonic clock (3.2)
        assertThat(InternalClock.WRAPPED_WALL.secondsAt(1796599571_560L, 0, 7_370)).isEqualTo(1799591283L);
        assertThat(InternalClock.WRAPPED_MONOTONIC.secondsAt(0, 63690_660L, 7_407)).isEqualTo(4294954L);
        assertThat(InternalClock.WALL.secondsAt(1796599571_560L, 0, 7_440)).isEqualTo(1796599579L);
    }

    @Test
    void theMillisecondReadingIsTheTickThatWrapsTwentySecondsAfterStart() {
        // the shift is whole seconds: the 32-bit tick wraps within the second after the 20 s
        long at20Seconds = InternalClock.WRAPPED_MONOTONIC.millisAt(0, 63690_660L, 20_000);
        assertThat((1L << 32) - at20Seconds).isBetween(0L, 999L);
        assertThat(InternalClock.WALL.millisAt(1796599571_560L, 0, 7_440)).isEqualTo(1796599579_000L);
    }

    @Test
    void everyVersionNamesItsClock() {
        // 2.8 takes 3.0's and 3.1 3.2's, as the sources say
        assertThat(VersionProfiles.get("2.6").internalClock()).isEqualTo(InternalClock.WALL);
        assertThat(VersionProfiles.get("2.8").internalClock()).isEqualTo(InternalClock.WRAPPED_WALL);
        assertThat(VersionProfiles.get("3.0").internalClock()).isEqualTo(InternalClock.WRAPPED_WALL);
        assertThat(VersionProfiles.get("3.1").internalClock()).isEqualTo(InternalClock.WRAPPED_MONOTONIC);
        assertThat(VersionProfiles.get("3.4").internalClock()).isEqualTo(InternalClock.WRAPPED_MONOTONIC);
    }

    private static String date(InternalClock clock, long wallMillis, long monotonicMillis) {
        return Instant.ofEpochSecond(clock.secondsAt(wallMillis, monotonicMillis, 0)).toString();
    }
}
