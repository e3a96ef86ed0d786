package io.hapsim.conformance.realtools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hapsim.conformance.report.WorksWithSection;
import io.hapsim.conformance.replay.scenario.ScenarioLoader;
import io.hapsim.conformance.replay.target.Target;
import io.hapsim.conformance.replay.target.TargetInstance;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ansible's {@code community.general.haproxy} module (Debian's ansible), unmodified, in a local playbook against the
 * corpus fixture: disable with wait, drain, weights, enable, shut sessions down. On the simulator every task gives
 * the result it gives on real HAProxy of the same version: changed or not, the commands it sent and every answer,
 * the server's {@code show stat} row before and after, its failure message.
 */
class AnsibleRealToolTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PLAYBOOK = String.join("\n",
      "- hosts: localhost",
      "  connection: local",
      "  gather_facts: false",
      "  vars: {sock: '%s'}",
      "  tasks:",
      "    - name: disable s1 and wait for MAINT",
      "      community.general.haproxy: {state: disabled, host: s1, backend: be, socket: '{{ sock }}', wait: true,"
          + " wait_interval: 1}",
      "    - name: disable s1 again",
      "      community.general.haproxy: {state: disabled, host: s1, backend: be, socket: '{{ sock }}'}",
      "    - name: drain s2 and wait for DRAIN",
      "      community.general.haproxy: {state: drain, host: s2, backend: be, socket: '{{ sock }}', wait: true,"
          + " wait_interval: 1}",
      "    - name: enable s1 at weight 42",
      "      community.general.haproxy: {state: enabled, host: s1, backend: be, socket: '{{ sock }}', weight: '42'}",
      "    - name: set s2 to half its weight",
      "      community.general.haproxy: {state: enabled, host: s2, backend: be, socket: '{{ sock }}', weight: '50%%'}",
      "    - name: disable s2 and shut its sessions down",
      "      community.general.haproxy: {state: disabled, host: s2, backend: be, socket: '{{ sock }}',"
          + " shutdown_sessions: true}",
      "    - name: disable every server called s1 (no backend given)",
      "      community.general.haproxy: {state: disabled, host: s1, socket: '{{ sock }}'}",
      "    - name: a server that does not exist",
      "      community.general.haproxy: {state: disabled, host: s9, backend: be, socket: '{{ sock }}',"
          + " fail_on_not_found: true}",
      "      ignore_errors: true",
      "");

  @TempDir
  Path tmp;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2.6", "3.0", "3.2", "3.4"})
  void everyTaskEndsAsOnRealHaproxy(String version) throws Exception {
    RealTools.Both<List<JsonNode>> results = RealTools.onBoth(WorksWithSection.ANSIBLE, "ansible-playbook", version,
        this::results);

    List<JsonNode> real = results.real();
    assertThat(real).as("the playbook ran on real HAProxy").hasSize(8);
    assertThat(real.get(0).path("state_after").toString()).contains("MAINT");
    for (int i = 0; i < real.size(); i++) {
      assertThat(results.simulated().get(i).toPrettyString()).as("task %d", i + 1)
          .isEqualTo(real.get(i).toPrettyString());
    }
  }

  /** Each task's result, as the json callback reports it, from one run on a fresh instance. */
  private List<JsonNode> results(Target target, String name) throws Exception {
    try (TargetInstance instance = target.start(ScenarioLoader.parse("{\"connections\": []}", "ansible"))) {
      Path socket = Path.of(instance.sockets().get("admin").substring("unix:".length()));
      Path playbook = Files.writeString(tmp.resolve(name + ".yml"), String.format(PLAYBOOK, socket));
      Path log = tmp.resolve(name + "-ansible.json");
      ProcessBuilder run = new ProcessBuilder(RealTools.launcher().toString(), "ansible-playbook", "-i",
          "localhost,", playbook.toString()).redirectOutput(log.toFile()).redirectError(
          tmp.resolve(name + "-ansible.err").toFile());
      run.environment().put("ANSIBLE_STDOUT_CALLBACK", "json");
      Process ansible = run.start();
      assertThat(ansible.waitFor(300, TimeUnit.SECONDS)).as("ansible-playbook ends").isTrue();
      JsonNode report = JSON.readTree(Files.readString(log, StandardCharsets.UTF_8));
      ArrayNode tasks = (ArrayNode) report.path("plays").path(0).path("tasks");
      return stream(tasks).map(task -> result(task.path("hosts").path("localhost"))).toList();
    }
  }

  /** What the module answered, without what only says how Ansible ran it. */
  private static JsonNode result(JsonNode host) {
    ObjectNode result = host.deepCopy();
    result.remove(List.of("invocation", "_ansible_no_log", "action", "warnings", "deprecations"));
    return result;
  }

  private static java.util.stream.Stream<JsonNode> stream(ArrayNode array) {
    return java.util.stream.StreamSupport.stream(array.spliterator(), false);
  }
}
