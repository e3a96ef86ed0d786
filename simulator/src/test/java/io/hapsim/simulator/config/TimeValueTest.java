package io.hapsim.simulator.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.simulator.config.TimeValue.Problem;
import io.hapsim.simulator.config.TimeValue.Unit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** HAProxy's time syntax, with its rounding, its limits and its 64-bit arithmetic. */
class TimeValueTest {

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', value = {
        "10            | MILLISECONDS | 10",
        "10            | SECONDS      | 10",
        "500us         | MILLISECONDS | 1",
        "1500us        | MILLISECONDS | 2",
        "500ms         | SECONDS      | 1",
        "2m            | SECONDS      | 120",
        "2m            | MILLISECONDS | 120000",
        "1h            | SECONDS      | 3600",
        "24d           | MILLISECONDS | 2073600000",
        "2147483647    | MILLISECONDS | 2147483647",
        "2147483647s   | SECONDS      | 2147483647",
        "007s          | SECONDS      | 7",
    })
    void readsAndRoundsUp(String text, Unit unit, long expected) {
        assertThat(TimeValue.read(text, unit)).isEqualTo(new TimeValue(expected, Problem.NONE, "", ""));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', value = {
        "abc           | MILLISECONDS | UNEXPECTED_CHARACTER | a",
        "''            | MILLISECONDS | UNEXPECTED_CHARACTER | ''",
        "10x           | MILLISECONDS | UNEXPECTED_CHARACTER | x",
        "10u           | SECONDS      | UNEXPECTED_CHARACTER | u",
        "-1            | SECONDS      | UNEXPECTED_CHARACTER | -",
        "25d           | MILLISECONDS | OVERFLOW             | ''",
        "2147483648    | MILLISECONDS | OVERFLOW             | ''",
        "5000000000    | MILLISECONDS | OVERFLOW             | ''",
    })
    void refusesAsHaproxyDoes(String text, Unit unit, Problem problem, String unexpected) {
        assertThat(TimeValue.read(text, unit)).isEqualTo(new TimeValue(0, problem, unexpected, ""));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "10sx    | 10000  | x",
        "1mss    | 1      | s",
        "5d.     | 432000000 | .",
    })
    void ignoresWhatFollowsTheUnitWithAWarning(String text, long millis, String ignored) {
        TimeValue value = TimeValue.read(text, Unit.MILLISECONDS);
        assertThat(value).isEqualTo(new TimeValue(millis, Problem.NONE, "", ignored));
        assertThat(value.ignoredTextWarning(text)).isEqualTo("unexpected character '" + ignored
                + "' after the timer value '" + text + "', only (us=microseconds,ms=milliseconds,s=seconds,m=minutes,"
                + "h=hours,d=days) are supported. This will be reported as an error in next versions.\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"18446744073709551617, 1", "18446744073709551616, 0"})
    void digitsWrapAroundAt64BitsAsInC(String text, long millis) {
        // 2^64 + 1 reads as 1; 2^64 reads as 0, which HAProxy takes as a time of 0 (refused by its callers)
        assertThat(TimeValue.read(text, Unit.MILLISECONDS).value()).isEqualTo(millis);
    }
}
