package io.hapsim.conformance.property;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hapsim.conformance.replay.scenario.Scenario;
import io.hapsim.conformance.replay.scenario.ScenarioLoader;
import java.util.ArrayList;
import java.util.List;

/**
 * One random session: connections run one after the other on the same instance, each a list of writes and an
 * optional half-close, then read until the peer closes. It renders as a scenario file of the shared format, so a
 * counterexample can be saved and replayed as it is ({@code ./hapsim replay --target real:3.0 FILE}).
 *
 * @param version the HAProxy version it was generated for (its framing decides which write splits are safe)
 * @param name scenario name
 */
public record Session(String version, String name, List<Connection> connections) {

  /**
   * @param socket admin | oper | user | tcp | master (the instance is then a master-worker one)
   * @param writes the bytes of each write, in order ({@code {DIR}} stands for the instance folder)
   * @param shutw half-close after the last write
   * @param summary what the generator built, for the reader (not sent)
   * @param awaitBeforeShutw bytes to receive before the half-close (null: none): where the server must have read
   *     everything before it sees the close, for the outcome not to depend on timing
   */
  public record Connection(String socket, List<String> writes, boolean shutw, String summary,
      String awaitBeforeShutw) {
    public Connection {
      writes = List.copyOf(writes);
    }

    public Connection(String socket, List<String> writes, boolean shutw, String summary) {
      this(socket, writes, shutw, summary, null);
    }

    public String text() {
      return String.join("", writes);
    }
  }

  /** The uptime shown by {@code prompt timed} depends on when the session runs. */
  static final String TIMED_PROMPT_REGEX = "\\[\\d+:\\d\\d:\\d\\d:\\d\\d\\]> ";
  static final String TIMED_PROMPT_REPLACE = "[UPTIME]> ";
  /**
   * On a master: pids in {@code show proc}'s 16-wide column (the instance's pid variables are as wide as the real
   * pids, not as the simulated ones), uptimes ({@code show proc}, timed prompts), the executable's path (start-up
   * logs), and the port of the fixture's TCP stats socket (each instance has its own) in a worker's listing.
   */
  private static final List<String[]> MASTER_NORMALIZE = List.of(
      new String[] {"(?m)^(?=[0-9 ]{16}(?:master|worker) )\\d+ +", "<pid, 16 wide>"},
      new String[] {"\\b\\d+d\\d\\dh\\d\\dm\\d\\ds\\b", "<uptime>"},
      new String[] {"\\[\\d+:\\d\\d:\\d\\d:\\d\\d\\] (?=\\S*> )", "[UPTIME] "},
      new String[] {"path to executable is \\S+", "path to executable is <exe>"},
      new String[] {"\\[\\S+\\.main\\(\\)\\]", "[<exe>.main()]"},
      new String[] {"(?<=ipv4@127\\.0\\.0\\.1:)\\d+", "<port>"});
  /** Every connection is expected to be closed by the peer well within this (else both sides show it open). */
  static final double READ_TIMEOUT_S = 3.0;

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public Session {
    connections = List.copyOf(connections);
  }

  /** The scenario file's JSON text. */
  public String scenarioJson() {
    return scenarioJson(name, "random session generated for HAProxy " + version + " (" + summary() + ")",
        connections);
  }

  static String scenarioJson(String name, String description, List<Connection> connections) {
    ObjectNode root = JSON.createObjectNode();
    root.put("name", name);
    root.put("description", description);
    ArrayNode norm = root.putArray("normalize");
    norm.addObject().put("regex", TIMED_PROMPT_REGEX).put("replace", TIMED_PROMPT_REPLACE);
    if (connections.stream().anyMatch(c -> c.socket().equals("master"))) {
      // a master-worker instance, for sessions on its master socket
      root.putObject("instance").put("master", true);
      MASTER_NORMALIZE.forEach(rule -> norm.addObject().put("regex", rule[0]).put("replace", rule[1]));
    }
    ArrayNode conns = root.putArray("connections");
    int i = 0;
    for (Connection c : connections) {
      ObjectNode cn = conns.addObject();
      cn.put("name", "c" + ++i);
      cn.put("socket", c.socket());
      ArrayNode steps = cn.putArray("steps");
      for (String w : c.writes()) {
        steps.addObject().put("send", w);
      }
      if (c.awaitBeforeShutw() != null) {
        steps.addObject().put("wait_for", c.awaitBeforeShutw()).put("timeout", READ_TIMEOUT_S);
      }
      if (c.shutw()) {
        steps.addObject().put("shutw", true);
      }
      cn.putObject("read").put("until", "close").put("timeout", READ_TIMEOUT_S);
    }
    try {
      return JSON.writeValueAsString(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public Scenario scenario() {
    return ScenarioLoader.parse(scenarioJson(), name);
  }

  /** Several sessions run one after the other on the same instance, as one scenario. */
  static Scenario concatenated(String name, List<Session> sessions) {
    List<Connection> all = new ArrayList<>();
    sessions.forEach(s -> all.addAll(s.connections()));
    String json = scenarioJson(name, sessions.size() + " random sessions on one instance", all);
    return ScenarioLoader.parse(json, name);
  }

  static String concatenatedJson(String name, List<Session> sessions) {
    List<Connection> all = new ArrayList<>();
    sessions.forEach(s -> all.addAll(s.connections()));
    return scenarioJson(name, sessions.size() + " random sessions on one instance", all);
  }

  String summary() {
    List<String> parts = new ArrayList<>();
    for (Connection c : connections) {
      parts.add(c.summary());
    }
    return String.join(" | ", parts);
  }

  public int bytes() {
    return connections.stream().mapToInt(c -> c.text().length()).sum();
  }

  @Override
  public String toString() {
    return scenarioJson();
  }
}
