package io.hapsim.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CliAddressTest {

    @Test
    void pathsAndUnixPrefix() {
        assertThat(CliAddress.parse("/run/haproxy/admin.sock")).isEqualTo(CliAddress.unix(Path.of("/run/haproxy/admin.sock")));
        assertThat(CliAddress.parse("unix:/tmp/x.sock").path()).isEqualTo(Path.of("/tmp/x.sock"));
        assertThat(CliAddress.parse("./haproxy.sock").isUnix()).isTrue();
        assertThat(CliAddress.parse("haproxy.sock").isUnix()).isTrue();
        assertThat(CliAddress.parse("unix:/tmp/x.sock")).hasToString("unix:/tmp/x.sock");
    }

    @Test
    void hostAndPort() {
        CliAddress a = CliAddress.parse("127.0.0.1:9999");
        assertThat(a.isUnix()).isFalse();
        assertThat(a.host()).isEqualTo("127.0.0.1");
        assertThat(a.port()).isEqualTo(9999);
        assertThat(CliAddress.parse("[::1]:80").host()).isEqualTo("::1");
        assertThat(CliAddress.parse("[::1]:80")).hasToString("[::1]:80");
        assertThat(CliAddress.parse("ipv4@10.0.0.1:9000").port()).isEqualTo(9000);
        assertThat(CliAddress.parse("localhost:1").host()).isEqualTo("localhost");
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> CliAddress.parse(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CliAddress.parse("h:70000")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CliAddress.parse("ipv4@nohost")).isInstanceOf(IllegalArgumentException.class);
    }
}
