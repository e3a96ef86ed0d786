package io.hapsim.conformance.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hapsim.conformance.replay.net.Address;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command line: what it accepts, and the replay command it suggests for a recording. */
class ProxyMainTest {

  @Test
  void helpIsAskedFor() {
    assertThat(ProxyMain.parse(args("proxy", "--help"), new ProxyMain.Options())).isFalse();
    assertThat(ProxyMain.USAGE).startsWith("usage: hapsim proxy --listen ADDR --target ADDR");
  }

  @Test
  void readsAddressesAndRecordingOptions() {
    ProxyMain.Options o = new ProxyMain.Options();
    assertThat(ProxyMain.parse(args("--listen", "unix:./proxy.sock", "--target", "127.0.0.1:9999", "--record",
        "out/session.json", "--var", "DIR=/etc/haproxy", "--label", "3.0"), o)).isTrue();
    assertThat(o.listen).isEqualTo(new Address.Unix(Path.of("./proxy.sock")));
    assertThat(o.target).isEqualTo(new Address.Tcp("127.0.0.1", 9999));
    SessionRecorder recorder = ProxyMain.recorder(o);
    assertThat(recorder.goldenFile()).isEqualTo(Path.of("out/session.golden/session.json"));
    assertThat(ProxyMain.replayTarget(o)).isEqualTo("admin=127.0.0.1:9999,var:DIR=/etc/haproxy");
  }

  @Test
  void aPlainRecordingReplaysAgainstThePlainTarget() {
    ProxyMain.Options o = new ProxyMain.Options();
    ProxyMain.parse(args("-l", "127.0.0.1:9998", "-t", "unix:/run/haproxy/admin.sock", "-r", "s.json"), o);
    assertThat(ProxyMain.replayTarget(o)).isEqualTo("unix:/run/haproxy/admin.sock");
  }

  @Test
  void refusesIncompleteCommandLines() {
    assertThatThrownBy(() -> ProxyMain.parse(args("--listen", "127.0.0.1:9998"), new ProxyMain.Options()))
        .hasMessageContaining("--target");
    assertThatThrownBy(() -> ProxyMain.parse(args("-l", "a/b.sock", "-t", "c/d.sock", "--var", "DIR"),
        new ProxyMain.Options())).hasMessageContaining("NAME=VALUE");
  }

  @Test
  void takesFaultRulesAndRefusesBadOnesBeforeListening() {
    ProxyMain.Options o = new ProxyMain.Options();
    ProxyMain.parse(args("-l", "127.0.0.1:0", "-t", "unix:/run/haproxy/admin.sock", "--fault",
        "command=commit map, fault=close", "--fault", "any, seed=7, chaos=0.1 reset; 0.05 stall 2s"), o);
    assertThat(o.faults).containsExactly("command=commit map, fault=close", "any, seed=7, chaos=0.1 reset; 0.05 stall 2s");
    assertThatThrownBy(() -> ProxyMain.parse(args("-l", "127.0.0.1:0", "-t", "a/b.sock", "--fault",
        "command=commit map, fault=explode"), new ProxyMain.Options())).hasMessageContaining("unknown fault 'explode'");
    assertThatThrownBy(() -> ProxyMain.parse(args("-l", "127.0.0.1:0", "-t", "a/b.sock", "--fault", "fault=close"),
        new ProxyMain.Options())).hasMessageContaining("exactly one trigger");
  }

  private static List<String> args(String... a) {
    return new ArrayList<>(List.of(a));
  }
}
