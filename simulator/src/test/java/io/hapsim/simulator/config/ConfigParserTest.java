package io.hapsim.simulator.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.hapsim.simulator.session.AccessLevel;
import io.hapsim.simulator.session.SeverityOutput;
import io.hapsim.simulator.version.VersionProfiles;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * What the configuration reader takes and refuses, with the alerts real HAProxy prints (the same in 2.6, 3.0 and
 * 3.2; conformance-tests' ConfigRefusalLiveTest compares them with the installed binaries).
 */
class ConfigParserTest {

    private static final Path FILE = Path.of("t.cfg");

    private static HaproxyConfig parse(String... lines) {
        return ConfigParser.parse(String.join("\n", lines) + "\n", FILE, VersionProfiles.get("3.0"));
    }

    private static List<String> alerts(String... lines) {
        return catchThrowableOfType(() -> parse(lines), ConfigException.class).alerts();
    }

    @Test
    void readsEverySettingOfAStatsSocketLine() {
        HaproxyConfig config = parse("global",
                "    stats socket /run/a.sock mode 0640 level admin severity-output string user nobody expose-fd"
                        + " listeners group nogroup",
                "    stats socket 127.0.0.1:9000-9001 level user",
                "    stats timeout 2m");

        StatsSocket unix = config.sockets().get(0);
        assertThat(unix.address()).isEqualTo(ListenAddress.unix(Path.of("/run/a.sock")));
        assertThat(unix.level()).isEqualTo(AccessLevel.ADMIN);
        assertThat(unix.severityOutput()).isEqualTo(SeverityOutput.STRING);
        assertThat(unix.fileAccess().mode()).isEqualTo(0640);
        assertThat(unix.fileAccess().owner()).extracting(UserPrincipal::getName).isEqualTo("nobody");
        assertThat(unix.fileAccess().group()).extracting(GroupPrincipal::getName).isEqualTo("nogroup");
        assertThat(config.sockets()).extracting(StatsSocket::address).containsExactly(unix.address(),
                ListenAddress.tcp("127.0.0.1", 9000), ListenAddress.tcp("127.0.0.1", 9001));
        assertThat(config.sockets().get(1).fileAccess()).isEqualTo(SocketFileAccess.NONE);
        assertThat(config.statsTimeout()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void numericIdsAreReadLikeAtolAndMinusOneLeavesTheOwner() {
        SocketFileAccess access = parse("global", "    stats socket /run/a.sock uid 65534abc gid -1 mode -1")
                .sockets().get(0).fileAccess();

        assertThat(access.owner()).extracting(UserPrincipal::getName).as("the id, as a name").isEqualTo("65534");
        assertThat(access.group()).isNull();
        assertThat(access.mode()).as("strtol's -1: every permission bit").isEqualTo(-1);
    }

    @Test
    void refusesStatsSocketOptionsAsHaproxyDoes() {
        assertThat(alerts("global",
                "    stats socket /run/a.sock mode 600 user nosuchuser level admin",
                "    stats socket /run/a.sock group nosuchgroup",
                "    stats socket /run/a.sock mode 9x",
                "    stats socket /run/a.sock user",
                "    stats socket /run/a.sock uid",
                "    stats socket /run/a.sock level foo",
                "    stats socket /run/a.sock severity-output foo",
                "    stats socket /run/a.sock level",
                "    stats socket /run/a.sock mode",
                "    stats socket /run/a.sock user 65534",
                "    stats socket")).containsExactly(
                "parsing [t.cfg:2] : 'stats socket' : ''user' : unknown user name 'nosuchuser''",
                "parsing [t.cfg:3] : 'stats socket' : ''group' : unknown group name 'nosuchgroup''",
                "parsing [t.cfg:4] : 'stats socket' : ''mode' : missing or invalid mode '9x' (octal integer expected)'",
                "parsing [t.cfg:5] : 'stats socket' : ''user' : missing user name'",
                "parsing [t.cfg:6] : 'stats socket' : ''uid' : missing value'",
                "parsing [t.cfg:7] : 'stats socket' : ''level' only supports 'user', 'operator', and 'admin' (got"
                        + " 'foo')'",
                "parsing [t.cfg:8] : 'stats socket' : ''severity-output' only supports 'none', 'number', and"
                        + " 'string' (got 'foo')'",
                "parsing [t.cfg:9] : 'stats socket' : ''level' : missing level'",
                "parsing [t.cfg:10] : 'stats socket' : ''mode' : missing or invalid mode '' (octal integer"
                        + " expected)'",
                "parsing [t.cfg:11] : 'stats socket' : ''user' : unknown user name '65534''",
                "parsing [t.cfg:12] : 'stats socket' in global section expects an address or a path to a UNIX"
                        + " socket");
    }

    @Test
    void refusesStatsSocketAddressesWithHaproxysDoubledPrefix() {
        assertThat(alerts("global", "    stats socket ipv4@127.0.0.1:0 level admin")).containsExactly(
                "parsing [t.cfg:2] : parsing [t.cfg:2] : 'stats socket' : invalid port '0'\n");
    }

    @Test
    void refusesStatsTimeoutsAsHaproxyDoes() {
        assertThat(alerts("global",
                "    stats timeout abc",
                "    stats timeout 0",
                "    stats timeout",
                "    stats timeout 10x",
                "    stats timeout 5000000000")).containsExactly(
                "parsing [t.cfg:2] : 'stats timeout' : unexpected character 'a'",
                "parsing [t.cfg:3] : 'stats timeout' expects a positive value",
                "parsing [t.cfg:4] : 'stats timeout' : unexpected character '",
                "parsing [t.cfg:5] : 'stats timeout' : unexpected character 'x'",
                "parsing [t.cfg:6] : timer overflow in argument '5000000000' to 'stats timeout' (maximum value is"
                        + " 2147483647 ms or ~24.8 days)");
        assertThat(parse("global", "    stats timeout 500us").statsTimeout()).as("rounded up")
                .isEqualTo(Duration.ofMillis(1));
    }

    @Test
    void readsTuneBufsizeAsEachVersionDoes() {
        String[] lines = {"global", "    tune.bufsize abc", "    tune.bufsize", "    tune.bufsize 5000000000",
            "    tune.bufsize 16k"};
        assertThat(catchThrowableOfType(() -> ConfigParser.parse(String.join("\n", lines), FILE,
                VersionProfiles.get("3.0")), ConfigException.class).alerts()).containsExactly(
                "parsing [t.cfg:2] : 'tune.bufsize' expects a positive integer argument.",
                "parsing [t.cfg:3] : 'tune.bufsize' expects an integer argument.");
        assertThat(catchThrowableOfType(() -> ConfigParser.parse(String.join("\n", lines), FILE,
                VersionProfiles.get("3.2")), ConfigException.class).alerts()).containsExactly(
                "parsing [t.cfg:2] : unexpected 'abc' after size passed to 'tune.bufsize'",
                "parsing [t.cfg:3] : 'tune.bufsize' expects an integer argument",
                "parsing [t.cfg:4] : unexpected '0' after size passed to 'tune.bufsize'");
        assertThat(ConfigParser.parse("global\n tune.bufsize 16k\n", FILE, VersionProfiles.get("3.2")).bufferSize())
                .isEqualTo(16384);
        assertThat(parse("global", "    tune.bufsize 1000x").bufferSize()).as("atol, rounded up to 16 bytes")
                .isEqualTo(1008);
    }

    @Test
    void readsTheProcessSettingsAndWarnsOfASecondMaxconnWithoutRefusing() {
        HaproxyConfig config = parse("global", "    nbthread 4", "    maxconn 12", "    maxconn 50", "    node n-1",
                "    stats maxconn 5x", "listen l", "    bind :80,:81-82", "ring r1", "    description \"Local events\"",
                "    size 32764", "ring r2", "    size 16384", "resolvers dns", "    nameserver ns1 10.0.0.1:53",
                "    nameserver ns2 10.0.0.2:53", "    hold valid 10s", "peers p", "    peer a 127.0.0.1:10000",
                "    peer b 127.0.0.1:10001", "    table t type ip size 1k");

        assertThat(config.process()).isEqualTo(new ProcessSettings(4, 12, "n-1", 5, 3, false, false,
                List.of(new EventRing("r1", "Local events", 32764, "raw"), new EventRing("r2", "r2", 16384, "raw")),
                List.of(new NamedSection<>("dns", List.of("ns1", "ns2"))),
                List.of(new NamedSection<>("p", List.of(new Peer("a", "127.0.0.1:10000"),
                        new Peer("b", "127.0.0.1:10001")))), OptionalInt.empty()));
        assertThat(config.alerts()).containsExactly("parsing [t.cfg:4] : 'maxconn' already specified. Continuing.");
    }

    @Test
    void refusesBindAddressesOfProxiesAsHaproxyDoes() {
        assertThat(alerts("frontend f",
                "    bind 127.0.0.1:0",
                "    bind abc:80",
                "    bind :80,:0",
                "    bind",
                "listen l",
                "    bind :0",
                "backend b",
                "    bind :0")).containsExactly(
                "parsing [t.cfg:2] : 'bind' : invalid port '0'",
                "parsing [t.cfg:3] : 'bind' : invalid address: 'abc' in 'abc:80'",
                "parsing [t.cfg:4] : 'bind' : invalid port '0'",
                "parsing [t.cfg:5] : 'bind' expects {<path>|[addr1]:port1[-end1]}{,[addr]:port[-end]}... as"
                        + " arguments.",
                "parsing [t.cfg:7] : 'bind' : invalid port '0'");
    }

    @Test
    void takesBindAddressesItCannotCheck() {
        assertThat(parse("frontend f",
                "    bind :80, ssl crt /etc/site.pem",
                "    bind \"${HAPSIM_UNSET_VARIABLE-:8080}\"",
                "    bind quic4@:443",
                "    bind fd@3").sockets()).isEmpty();
    }
}
