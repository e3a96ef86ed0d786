package io.hapsim.simulator.config;

import static io.hapsim.simulator.version.AddressSyntax.LENIENT_PORTS;
import static io.hapsim.simulator.version.AddressSyntax.STRICT_PORTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Listening addresses, refused with the messages real HAProxy prints for them (3.0 and 3.2's; 2.6's where 2.8 and
 * older read them differently).
 */
class ListenAddressParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ipv4@127.0.0.1:0      | invalid port '0'",
        "127.0.0.1:0           | invalid port '0'",
        ":0                    | invalid port '0'",
        "ipv6@[::1]:0          | invalid port '0'",
        "ipv4@127.0.0.1:65536  | invalid port '65536'",
        "127.0.0.1:99999999999999999999 | invalid port '99999999999999999999'",
        "ipv4@127.0.0.1:abc    | invalid character 'a' in port number 'abc' in 'ipv4@127.0.0.1:abc'",
        "127.0.0.1:80x         | invalid character 'x' in port number '80x' in '127.0.0.1:80x'",
        "ipv4@127.0.0.1        | missing port specification in 'ipv4@127.0.0.1'",
        "127.0.0.1:            | missing port specification in '127.0.0.1:'",
        "foo.sock              | missing port specification in 'foo.sock'",
        "./foo.sock            | missing port specification in './foo.sock'",
        "abc:80                | invalid address: 'abc' in 'abc:80'",
        "127.0.0.1:+5          | port offset not permitted here in '127.0.0.1:+5'",
        "ipv4@[::1]:80         | invalid address: '[::1]' in 'ipv4@[::1]:80'",
        "ipv6@127.0.0.1:80     | invalid address: '127.0.0.1' in 'ipv6@127.0.0.1:80'",
        "127.0.0.1:70-60       | invalid port range '70-60'",
        "127.0.0.1:80-         | invalid port ''",
        "${HAPSIM_UNSET_VARIABLE} | '${HAPSIM_UNSET_VARIABLE}' resolves to an empty address (environment variable missing?)",
    })
    void refusesWhatHaproxyRefuses(String address, String message) {
        assertThatThrownBy(() -> ListenAddressParser.parse(address, STRICT_PORTS)).hasMessage(message);
        assertThatThrownBy(() -> ListenAddressParser.checkBind(address, STRICT_PORTS)).hasMessage(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "127.0.0.1:80x         | 127.0.0.1:80",
        "127.0.0.1:80-81x      | 127.0.0.1:80, 127.0.0.1:81",
        "127.0.0.1:4294967376  | 127.0.0.1:80",
    })
    void before29APortIsReadLikeAtoi(String address, String listening) {
        assertThat(ListenAddressParser.parse(address, LENIENT_PORTS)).hasToString("[" + listening + "]");
        assertThat(ListenAddressParser.parse("127.0.0.1:4294967376", STRICT_PORTS)).as("strtol into an int")
                .hasToString("[127.0.0.1:80]");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ipv4@127.0.0.1:abc    | invalid character 'a' in port number 'abc' in 'ipv4@127.0.0.1:abc'",
        "abc:80                | invalid address: 'abc' in 'abc:80'",
        "127.0.0.1:1000-10x    | invalid port range '1000-10'",
        "127.0.0.1:+5          | port offset not permitted here in '127.0.0.1:+5'",
    })
    void before29SomeRefusalsEndWithALineFeedExceptOnBindLines(String address, String message) {
        String lineFeed = message.startsWith("invalid a") || message.startsWith("invalid c") ? "\n" : "";
        assertThatThrownBy(() -> ListenAddressParser.parse(address, LENIENT_PORTS)).hasMessage(message + lineFeed);
        assertThatThrownBy(() -> ListenAddressParser.checkBind(address, LENIENT_PORTS)).hasMessage(message);
        String path = "/" + "a".repeat(ListenAddressParser.MAX_UNIX_PATH);
        assertThatThrownBy(() -> ListenAddressParser.parse(path, LENIENT_PORTS))
                .hasMessage("socket path '" + path + "' too long (max 97)\n");
    }

    @Test
    void refusesUnixPathsWithoutRoomForTheTemporaryName() {
        String longest = "/tmp/" + "a".repeat(ListenAddressParser.MAX_UNIX_PATH - "/tmp/".length());
        assertThat(ListenAddressParser.parse(longest, STRICT_PORTS)).containsExactly(ListenAddress.unix(Path.of(longest)));
        String path = longest + "a";
        assertThatThrownBy(() -> ListenAddressParser.parse(path, STRICT_PORTS))
                .hasMessage("socket path '" + path + "' too long (max 97)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ipv4@127.0.0.1:7000 | 127.0.0.1:7000",
        "127.0.0.1:7000      | 127.0.0.1:7000",
        "tcp@127.0.0.1:7000  | 127.0.0.1:7000",
        ":7000               | 0.0.0.0:7000",
        "*:7000              | 0.0.0.0:7000",
        "ipv4@*:7000         | 0.0.0.0:7000",
        "ipv4@:7000          | 0.0.0.0:7000",
        "ipv6@:7000          | [::]:7000",
        "[::1]:7000          | [0:0:0:0:0:0:0:1]:7000",
        "::1:7000            | [0:0:0:0:0:0:0:1]:7000",
        "localhost:7000      | 127.0.0.1:7000",
        "/run/h.sock         | /run/h.sock",
        "unix@rel.sock       | rel.sock",
        "${HAPSIM_UNSET_VARIABLE}:7000 | 0.0.0.0:7000",
    })
    void takesWhatHaproxyTakes(String address, String listening) {
        assertThat(ListenAddressParser.parse(address, STRICT_PORTS)).singleElement().hasToString(listening);
    }

    @Test
    void aPortRangeListensOnEachPort() {
        assertThat(ListenAddressParser.parse("127.0.0.1:7000-7002", STRICT_PORTS)).containsExactly(
                ListenAddress.tcp("127.0.0.1", 7000), ListenAddress.tcp("127.0.0.1", 7001),
                ListenAddress.tcp("127.0.0.1", 7002));
    }

    @Test
    void hapsimsOwnOptionsMayAskForAnyFreePort() {
        assertThat(ListenAddressParser.parseAllowingAnyPort("127.0.0.1:0"))
                .containsExactly(ListenAddress.tcp("127.0.0.1", 0));
    }

    @Test
    void familiesHapsimCannotServeAreCheckedButNotListenedOn() {
        assertThat(ListenAddressParser.checkBind("abns@foo", STRICT_PORTS)).as("listeners").isEqualTo(1);
        assertThat(ListenAddressParser.checkBind("quic4@:443", STRICT_PORTS)).isEqualTo(1);
        assertThat(ListenAddressParser.checkBind(":8080-8083", STRICT_PORTS)).isEqualTo(4);
        assertThatThrownBy(() -> ListenAddressParser.parse("abns@foo", STRICT_PORTS))
                .hasMessageContaining("hapsim listens on UNIX paths and IPv4/IPv6 addresses only");
        assertThat(ListenAddressParser.parse("unix@/run/h.sock", STRICT_PORTS)).containsExactly(
                ListenAddress.unix(Path.of("/run/h.sock")));
    }
}
