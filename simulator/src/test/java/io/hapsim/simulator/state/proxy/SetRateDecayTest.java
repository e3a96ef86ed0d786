package io.hapsim.simulator.state.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SetRateDecayTest {

    /** A tick of 3.2's clock some 20 s before its 32-bit wrap, even: the period counts from the set itself. */
    private static final long SET_AT = 4_294_947_296L;

    /**
     * What real 3.2 showed after "set table be key k data.gpc0_rate 6 data.http_req_rate 8 data.conn_rate 1" (2.6,
     * 3.0 and 3.4 the same), read every 0.25 s: each row's milliseconds since the set lie within the span the set's and the
     * read's round trips left (a few ms wide), those near a change of value on the side the reading shows.
     */
    @ParameterizedTest(name = "{0} ms after the set")
    @CsvSource({
        "503, 6, 8, 1", "1501, 6, 8, 1", "1752, 6, 8, 1",
        "2003, 5, 8, 1", "2251, 5, 8, 1", "2502, 4, 8, 1", "2754, 3, 8, 1", "3000, 3, 8, 1", "3254, 2, 8, 1",
        "3500, 1, 8, 1", "3751, 0, 8, 1",
        "4002, 0, 7, 0", "4253, 0, 7, 0", "4504, 0, 6, 0", "4751, 0, 6, 0", "5002, 0, 5, 0", "5253, 0, 5, 0",
        "5504, 0, 4, 0", "5754, 0, 4, 0", "6000, 0, 4, 0", "6250, 0, 3, 0", "6501, 0, 2, 0", "6754, 0, 2, 0",
        "7000, 0, 2, 0", "7252, 0, 1, 0", "7501, 0, 0, 0", "8502, 0, 0, 0"})
    void ratesSetFromTheCliReadAsRealOnesDid(long sinceSet, long gpc0Rate, long httpReqRate, long connRate) {
        long tick = SetRateDecay.setTick(SET_AT);
        long now = SET_AT + sinceSet;
        assertThat(SetRateDecay.read(6, tick, 2_000, now)).as("gpc0_rate(2000)").isEqualTo(gpc0Rate);
        assertThat(SetRateDecay.read(8, tick, 4_000, now)).as("http_req_rate(4000)").isEqualTo(httpReqRate);
        assertThat(SetRateDecay.read(1, tick, 2_000, now)).as("conn_rate(2000) set to 1").isEqualTo(connRate);
    }

    @ParameterizedTest(name = "set at tick {0}")
    @CsvSource({"1000, 6", "1001, 5"})
    void anOddTickStartsTheFadeAMillisecondEarlier(long setAt, long readOnePeriodLater) {
        // the counter's period starts at the even tick at or before the set: from an odd one, it is over one period on
        assertThat(SetRateDecay.read(6, SetRateDecay.setTick(setAt), 2_000, setAt + 2_000))
                .isEqualTo(readOnePeriodLater);
    }

    @ParameterizedTest(name = "{0} ms after the set")
    @CsvSource({"-1000, 6", "1000, 6", "2147483000, 0", "4294966000, 6"})
    void theTicksDifferenceWrapsAs32BitHaproxysDoes(long sinceSet, long read) {
        // past 2^31 ms the signed difference turns over: some 49.7 days on, the period seems to have just begun
        assertThat(SetRateDecay.read(6, SET_AT, 2_000, SET_AT + sinceSet)).isEqualTo(read);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"0", "2000", "3999", "10000"})
    void aRateSetToZeroReadsZero(long sinceSet) {
        assertThat(SetRateDecay.read(0, SetRateDecay.setTick(1000), 2_000, 1000 + sinceSet)).isZero();
    }
}
