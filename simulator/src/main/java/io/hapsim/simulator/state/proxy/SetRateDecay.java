package io.hapsim.simulator.state.proxy;

/**
 * What a rate counter given a value by "set table" reads as time passes, as HAProxy's frequency counters do (the
 * same from 2.6 to 3.4). The set makes the value the count of a period that starts at the set's millisecond tick,
 * made even (the tick's lowest bit is the counter's lock), with nothing counted before. Read later, the counter
 * reports the whole value while that period lasts; during the next period, the value as the past period's count,
 * weighted by what is left of the period and rounded down (a value of 1 is reported whole: HAProxy's guard against
 * flapping at low rates); 0 after that. Setting it again starts over; setting 0 reads 0.
 */
final class SetRateDecay {

    private SetRateDecay() {
    }

    /** The tick a set at {@code nowMillis} (the internal clock's milliseconds) dates the counter's period from. */
    static long setTick(long nowMillis) {
        return nowMillis & ~1L;
    }

    /** What a counter set to {@code value} at {@code setTick} reads at {@code nowMillis}, over its period. */
    static long read(long value, long setTick, long periodMillis, long nowMillis) {
        // HAProxy subtracts 32-bit ticks into a signed int: the tick's wrap does not disturb it
        long remain = (int) (setTick + periodMillis - nowMillis);
        if (remain >= 0) {
            return value;
        }
        remain += periodMillis;
        if (remain < 0) {
            return 0;
        }
        return value <= 1 ? value : value * remain / periodMillis;
    }
}
