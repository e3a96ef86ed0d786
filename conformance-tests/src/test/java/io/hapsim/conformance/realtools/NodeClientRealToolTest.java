package io.hapsim.conformance.realtools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hapsim.conformance.VolatileInfoFields;
import io.hapsim.conformance.report.WorksWithSection;
import io.hapsim.conformance.replay.scenario.ScenarioLoader;
import io.hapsim.conformance.replay.target.Target;
import io.hapsim.conformance.replay.target.TargetInstance;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The npm package {@code haproxy} (a Node.js client library), unmodified, making an application's calls against
 * the corpus fixture's admin socket ({@code node-haproxy-calls.js}): on the simulator each call ends as on real
 * HAProxy of the same version, with the same error message or the same parsed result. Masked: the {@code show info}
 * fields that measure the machine or the moment, the seconds since a server's last change ({@code lastchg}, which
 * turns with the clock), the date {@code show errors} prints, and in the one-line stream list the library reads as
 * an error (the library half-closes as it sends), the stream's pointer and everything after its frontend, backend
 * and server: whether real HAProxy saw the half-close before it listed the stream varies from run to run (measured:
 * {@code ts=00} or {@code 404}, one call or two, the timeout left 9s or 10s, request flags with or without their
 * low bits); and, in that list, whether the previous call's stream is still there (real frees it a moment after its
 * close), which the library reads as an error (one stream) or a result (two).
 */
class NodeClientRealToolTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CALLS = "node-haproxy-calls.js";

  @TempDir
  Path tmp;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2.6", "3.0", "3.2", "3.4"})
  void everyCallEndsAsOnRealHaproxy(String version) throws Exception {
    RealTools.Both<List<String>> outcomes = RealTools.onBoth(WorksWithSection.NODE, "node-haproxy", version,
        this::outcomes);

    List<String> real = outcomes.real();
    assertThat(real).as("the calls ran on real HAProxy").hasSize(21);
    assertThat(real.get(5)).as("the weight set on real HAProxy").contains("\"current\" : 42");
    for (int i = 0; i < real.size(); i++) {
      assertThat(outcomes.simulated().get(i)).as("call %d", i + 1).isEqualTo(real.get(i));
    }
  }

  /** Each call's outcome, masked, from one run of the calls on a fresh instance. */
  private List<String> outcomes(Target target, String name) throws Exception {
    Path script = tmp.resolve(CALLS);
    try (InputStream in = getClass().getResourceAsStream(CALLS)) {
      Files.write(script, in.readAllBytes());
    }
    try (TargetInstance instance = target.start(ScenarioLoader.parse("{\"connections\": []}", "node"))) {
      String socket = instance.sockets().get("admin").substring("unix:".length());
      Path out = tmp.resolve(name + "-node.json");
      Process node = RealTools.start(out, "node-haproxy", script.toString(), socket,
          RealTools.launcher().toString());
      assertThat(node.waitFor(120, TimeUnit.SECONDS)).as("the calls end").isTrue();
      String printed = Files.readString(out, StandardCharsets.UTF_8);
      assertThat(node.exitValue()).as("node exits cleanly: " + printed).isZero();
      List<String> outcomes = new ArrayList<>();
      for (JsonNode outcome : JSON.readTree(printed)) {
        outcomes.add(masked((ObjectNode) outcome).toPrettyString());
      }
      return outcomes;
    }
  }

  private static JsonNode masked(ObjectNode outcome) {
    JsonNode result = outcome.path("result");
    if (result.has("Pid")) {
      VolatileInfoFields.NAMES.forEach(field -> ((ObjectNode) result).put(field, "<volatile>"));
    }
    for (JsonNode row : result) {
      if (row.has("lastchg")) {
        ((ObjectNode) row).put("lastchg", "<seconds>");
      }
    }
    if (outcome.path("error").isTextual()) {
      outcome.put("error", outcome.get("error").asText()
          .replaceAll("\\[\\d\\d/\\w{3}/\\d{4}:[\\d:.]+]", "[<date>]")
          .replaceAll("(?m)^0x[0-9a-f]+: (proto=.* srv=\\S+) .*$", "<ptr>: $1 <its moment>"));
    }
    if (outcome.path("call").asText().equals("sessions") && listsOnlyCliStreams(outcome)) {
      // real frees the previous call's stream a moment after its close, so it lists one stream or two: the library
      // reads one as an error and two as a result; either way the listing holds only the CLI's own streams
      outcome.putNull("error");
      outcome.put("result", "<the CLI's own streams>");
    }
    return outcome;
  }

  private static boolean listsOnlyCliStreams(ObjectNode outcome) {
    JsonNode error = outcome.path("error");
    if (error.isTextual()) {
      return error.asText().matches("<ptr>: proto=unix_stream src=unix:\\d+ fe=GLOBAL be=<NONE> srv=<none> "
          + "<its moment>");
    }
    JsonNode result = outcome.path("result");
    if (!result.isObject() || result.isEmpty()) {
      return false;
    }
    for (JsonNode stream : result) {
      if (!stream.asText().startsWith("proto=unix_stream src=unix")) {
        return false;
      }
    }
    return true;
  }
}
