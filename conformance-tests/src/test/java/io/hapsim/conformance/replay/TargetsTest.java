package io.hapsim.conformance.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hapsim.conformance.replay.scenario.Scenario;
import io.hapsim.conformance.replay.scenario.ScenarioLoader;
import io.hapsim.conformance.replay.target.ExistingSocketsTarget;
import io.hapsim.conformance.replay.target.FixtureInstanceDir;
import io.hapsim.conformance.replay.target.Corpus;
import io.hapsim.conformance.replay.target.TargetInstance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Instance folders and the existing-sockets target. */
class TargetsTest {
  @TempDir
  Path tmp;

  @Test
  void fixtureInstanceDirIsAFreshCopyWithTheRenderedConfig() throws Exception {
    Path fixture = Corpus.locate().fixture();
    Path dir;
    try (FixtureInstanceDir d = FixtureInstanceDir.create(fixture, Map.of("STATS_TIMEOUT", "2s"))) {
      dir = d.dir();
      assertThat(dir.toString()).matches("/tmp/hx-[a-z0-9_]{8}");
      assertThat(FixtureInstanceDir.filesOf(fixture)).extracting(file -> file.getFileName().toString())
          .containsExactly("a.map", "allow.acl", "b.map", "ip.map");
      for (Path file : FixtureInstanceDir.filesOf(fixture)) {
        assertThat(dir.resolve(file.getFileName())).hasSameTextualContentAs(file);
      }
      assertThat(Files.readString(dir.resolve("tcp.port")).strip()).isEqualTo(Integer.toString(d.tcpPort()));
      List<String> cfg = Files.readAllLines(d.config());
      List<String> template = Files.readAllLines(fixture.resolve(FixtureInstanceDir.TEMPLATE));
      assertThat(cfg).hasSameSizeAs(template); // map descriptions quote config line numbers
      assertThat(cfg).contains("    stats socket " + dir + "/admin.sock level admin",
          "    stats socket ipv4@127.0.0.1:" + d.tcpPort() + " level admin", "    stats timeout 2s");
      assertThat(cfg.get(6)).isEmpty();
      assertThat(String.join("\n", cfg)).doesNotContain("{");
      assertThat(d.sockets()).containsEntry("admin", "unix:" + dir + "/admin.sock")
          .containsEntry("tcp", "127.0.0.1:" + d.tcpPort());
      assertThat(d.vars()).isEqualTo(Map.of("DIR", dir.toString()));
    }
    assertThat(dir).doesNotExist();
  }

  @Test
  void aScenarioMayNameAnotherFixtureWithFilesOfItsOwn() throws Exception {
    Scenario tls = ScenarioLoader.parse("{\"instance\": {\"fixture\": \"tls\"}, \"connections\": []}", "s");
    assertThat(tls.fixture()).contains("tls");
    assertThat(ScenarioLoader.parse("{\"connections\": []}", "s").fixture()).isEmpty();
    assertThatThrownBy(() -> ScenarioLoader.parse("{\"instance\": {\"fixture\": \"../x\"}, \"connections\": []}",
        "s")).hasMessageContaining("instance.fixture names a sub-folder");

    Path fixture = Corpus.locate().fixture().resolve(tls.fixture().orElseThrow());
    try (FixtureInstanceDir d = FixtureInstanceDir.create(fixture, Map.of())) {
      assertThat(FixtureInstanceDir.filesOf(fixture)).extracting(file -> file.getFileName().toString())
          .contains("site.pem", "ca.pem", "crl.pem", "list.txt").doesNotContain(FixtureInstanceDir.TEMPLATE);
      for (Path file : FixtureInstanceDir.filesOf(fixture)) {
        assertThat(d.dir().resolve(file.getFileName())).hasSameBinaryContentAs(file);
      }
      assertThat(Files.readAllLines(d.config())).contains("    crt-base " + d.dir(),
          "    bind unix@" + d.dir() + "/fe.sock ssl crt site.pem ca-file ca.pem crl-file crl.pem verify optional");
    }
  }

  @Test
  void bufsizeSettingAddsTheTuneLine() {
    String cfg = FixtureInstanceDir.renderConfig("a\n{BUFSIZE_LINE}\n{STATS_TIMEOUT}\n{OTHER}\n", Path.of("/d"), 1,
        Map.of("BUFSIZE", "4096"));
    assertThat(cfg).isEqualTo("a\n    tune.bufsize 4096\n10s\n{OTHER}\n");
  }

  @Test
  void existingSocketsSpecLikeTheReferenceTool() throws Exception {
    Files.writeString(tmp.resolve("tcp.port"), "41234\n");
    Files.writeString(tmp.resolve("haproxy.log"), "");
    ExistingSocketsTarget t = ExistingSocketsTarget.fromSpec("sockets=" + tmp + ",extra=127.0.0.1:9,var:X=1", "3.0",
        false);
    Scenario sc = ScenarioLoader.parse("{\"instance\": {\"env\": {\"STATS_TIMEOUT\": \"2s\"}}, \"connections\": []}",
        "s");
    try (TargetInstance i = t.start(sc)) {
      assertThat(i.sockets()).containsEntry("admin", tmp + "/admin.sock").containsEntry("user", tmp + "/user.sock")
          .containsEntry("tcp", "127.0.0.1:41234").containsEntry("extra", "127.0.0.1:9");
      assertThat(i.vars()).containsEntry("DIR", tmp.toString()).containsEntry("X", "1");
      assertThat(i.log()).isPresent();
      assertThat(i.note()).contains("scenario instance settings {\"env\": {\"STATS_TIMEOUT\": \"2s\"}} not applied "
          + "(fixed target)");
    }
    assertThat(t.label()).isEqualTo("3.0");
    assertThatThrownBy(() -> ExistingSocketsTarget.fromSpec("admin=10.1.2.3:9999", null, false))
        .hasMessageContaining("refusing non-loopback");
    assertThat(ExistingSocketsTarget.fromSpec("/run/x.sock", null, false).start(sc).sockets())
        .isEqualTo(Map.of("admin", "/run/x.sock"));
  }
}
