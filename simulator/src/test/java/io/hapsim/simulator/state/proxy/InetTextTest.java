package io.hapsim.simulator.state.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** IP literals read like inet_pton and printed like inet_ntop; names are no literal. */
class InetTextTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"10.0.0.1, 10.0.0.1", "::1, ::1", "0:0::1, ::1", "2001:DB8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
            "fe80:0:0:1:0:0:0:0, fe80:0:0:1::", "1:0:0:2:0:0:0:3, 1:0:0:2::3", "1:0:0:2:0:0:3:4, 1::2:0:0:3:4", "::ffff:1.2.3.4, ::ffff:1.2.3.4",
            "010.0.0.1, ''", "256.0.0.1, ''", "1.2.3, ''", "foo, ''", "example.com, ''", "1:2:3, ''"})
    void canonical(String text, String expected) {
        assertThat(InetText.canonical(text).orElse("")).isEqualTo(expected);
    }
}
