package io.hapsim.tool;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.simulator.config.ConfigParser;
import io.hapsim.simulator.config.HaproxyConfig;
import io.hapsim.simulator.config.ListenAddress;
import io.hapsim.simulator.config.StatsSocket;
import io.hapsim.simulator.version.VersionProfile;
import io.hapsim.simulator.version.VersionProfiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The configuration {@code hapsim serve} runs when given none (the README's first command): every profile reads
 * it as HAProxy does (real 2.6, 3.0, 3.2 and 3.4 take it with {@code haproxy -c}) and listens where the README says.
 */
class DefaultConfigTest {

    @Test
    void everyProfileTakesTheDefaultConfiguration() throws Exception {
        Path file = DefaultConfig.unpack();
        for (VersionProfile profile : VersionProfiles.all()) {
            HaproxyConfig config = ConfigParser.parse(file, profile);
            assertThat(config.alerts()).as(profile.label()).isEmpty();
            assertThat(config.sockets()).as(profile.label()).extracting(StatsSocket::address).containsExactly(
                    ListenAddress.unix(Path.of("./haproxy.sock")), ListenAddress.tcp("127.0.0.1", 9999));
        }
    }
}
