package io.hapsim.conformance.replay.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hapsim.conformance.replay.text.Normalizer;
import io.hapsim.conformance.replay.text.PyJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads scenario JSON files into {@link Scenario}s (and rejects what the runner could not run). A scenario file is
 * a recording's and stays byte for byte; instability the project observed itself on real binaries, beyond what the
 * file declares, is kept beside the scenarios' folder in {@value #OBSERVED_UNSTABLE} and added on loading.
 */
public final class ScenarioLoader {
  /** {@code {"<scenario name>": {"versions": [...], "why": "...", "seen": "..."}}}, next to {@code scenarios/}. */
  public static final String OBSERVED_UNSTABLE = "observed-unstable.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private ScenarioLoader() {}

  /** All {@code *.json} scenarios of a directory, sorted by file name. */
  public static List<Scenario> loadDirectory(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    }
    Map<String, Scenario.Unstable> observed = observedUnstable(dir);
    List<Scenario> out = new ArrayList<>();
    for (Path f : files) {
      out.add(load(f, observed));
    }
    return out;
  }

  public static Scenario load(Path file) throws IOException {
    return load(file, observedUnstable(file.toAbsolutePath().getParent()));
  }

  private static Scenario load(Path file, Map<String, Scenario.Unstable> observed) throws IOException {
    String fileName = file.getFileName().toString();
    String defaultName = fileName.endsWith(".json") ? fileName.substring(0, fileName.length() - 5) : fileName;
    try {
      Scenario scenario = parse(JSON.readTree(file.toFile()), defaultName, file);
      return scenario.withUnstable(observed.get(scenario.name()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  /** The project's own observations for the scenarios of {@code scenarioDir} (none when it has no such file). */
  static Map<String, Scenario.Unstable> observedUnstable(Path scenarioDir) throws IOException {
    Path file = scenarioDir.resolveSibling(OBSERVED_UNSTABLE);
    Map<String, Scenario.Unstable> out = new LinkedHashMap<>();
    if (!Files.isRegularFile(file)) {
      return out;
    }
    JSON.readTree(file.toFile()).fields().forEachRemaining(e -> out.put(e.getKey(), unstable(e.getValue(), file)));
    return out;
  }

  public static Scenario parse(String json, String defaultName) {
    try {
      return parse(JSON.readTree(json), defaultName, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Scenario parse(JsonNode root, String defaultName, Path source) {
    require(root.isObject(), "a scenario is a JSON object");
    String name = root.has("name") ? root.get("name").asText() : defaultName;
    JsonNode instance = root.get("instance");
    Map<String, String> instanceEnv = new LinkedHashMap<>();
    if (instance != null && instance.has("env")) {
      strings(instance.get("env"), instanceEnv);
    }
    require(instance == null || !instance.has("fixture") || instance.get("fixture").asText().matches("[a-z0-9-]+"),
        "instance.fixture names a sub-folder of the fixture: " + (instance == null ? "" : instance.get("fixture")));
    List<Normalizer.Rule> rules = new ArrayList<>();
    for (JsonNode r : root.path("normalize")) {
      require(r.has("regex"), "normalize rule without regex: " + r);
      rules.add(new Normalizer.Rule(r.get("regex").asText(), r.has("replace") ? r.get("replace").asText() : ""));
    }
    boolean defaults = !root.has("normalize_defaults") || root.get("normalize_defaults").asBoolean(true);
    Scenario.Unstable unstable = null;
    JsonNode u = root.get("unstable");
    if (u != null && !u.isNull() && !(u.isObject() && u.isEmpty()) && !u.isBoolean()) {
      unstable = unstable(u, source);
    } else if (u != null && u.isBoolean() && u.booleanValue()) {
      unstable = new Scenario.Unstable(List.of("*"), null);
    }
    Map<String, String> vars = new LinkedHashMap<>();
    strings(root.get("vars"), vars);
    JsonNode conns = root.get("connections");
    require(conns != null && conns.isArray(), "scenario " + name + " has no connections list");
    List<ConnectionSpec> connections = new ArrayList<>();
    int idx = 0;
    for (JsonNode c : conns) {
      connections.add(connection(c, ++idx));
    }
    String description = root.has("description") ? root.get("description").asText() : "";
    return new Scenario(name, description, instance, instanceEnv, rules, defaults, unstable, vars, connections,
        source);
  }

  /** {@code {"versions": [...], "why": "..."}}; no versions means every version. */
  private static Scenario.Unstable unstable(JsonNode u, Path source) {
    require(u.isObject(), "an unstable declaration is an object" + (source == null ? "" : " (" + source + ")"));
    List<String> versions = new ArrayList<>();
    if (u.has("versions")) {
      u.get("versions").forEach(v -> versions.add(v.asText()));
    } else {
      versions.add("*");
    }
    return new Scenario.Unstable(versions, u.has("why") ? u.get("why").asText() : null);
  }

  private static ConnectionSpec connection(JsonNode c, int index) {
    String name = c.has("name") ? c.get("name").asText() : "c" + index;
    String socket = c.has("socket") ? c.get("socket").asText() : "admin";
    boolean parallel = c.path("parallel").asBoolean(false);
    Double delay = c.has("delay") ? number(c.get("delay")) : null;
    List<Step> steps = new ArrayList<>();
    for (JsonNode s : c.path("steps")) {
      steps.add(step(s, name));
    }
    ReadSpec read = ReadSpec.DEFAULT;
    JsonNode r = c.get("read");
    if (r != null) {
      String until = r.has("until") ? r.get("until").asText() : "close";
      ReadSpec.Until mode = switch (until) {
        case "close" -> ReadSpec.Until.CLOSE;
        case "window" -> ReadSpec.Until.WINDOW;
        case "idle" -> ReadSpec.Until.IDLE;
        default -> throw new IllegalArgumentException("unknown read mode '" + until + "' in connection " + name);
      };
      read = new ReadSpec(mode, r.has("timeout") ? number(r.get("timeout")) : null,
          r.has("seconds") ? number(r.get("seconds")) : 1.0, r.has("idle") ? number(r.get("idle")) : 0.5);
    }
    RecordSpec record = RecordSpec.FULL;
    JsonNode rec = c.get("record");
    if (rec != null) {
      record = new RecordSpec("summary".equals(rec.path("mode").asText()),
          rec.has("head") ? (int) integer(rec.get("head")) : 5, rec.has("tail") ? (int) integer(rec.get("tail")) : 5);
    }
    Double stall = c.has("stall_timeout") ? number(c.get("stall_timeout")) : null;
    return new ConnectionSpec(name, socket, parallel, delay, steps, read, record, stall);
  }

  /** Step kinds are recognised by key, in the reference tool's order. */
  private static Step step(JsonNode s, String conn) {
    require(s.isObject(), "step of connection " + conn + " is not an object: " + s);
    double pause = s.has("pause") ? number(s.get("pause")) : 0;
    if (s.has("sleep")) {
      JsonNode v = s.get("sleep");
      String shown = v.isNumber() ? PyJson.dumps(v) : v.asText();
      return new Step.Sleep(number(v), shown);
    }
    if (s.has("send")) {
      int chunk = s.has("chunk") && !s.get("chunk").isNull() ? (int) integer(s.get("chunk")) : 0;
      return new Step.Send(s.get("send").asText(), chunk, pause);
    }
    if (s.has("send_hex")) {
      return new Step.SendHex(s.get("send_hex").asText(), pause);
    }
    if (s.has("gen")) {
      int chunk = s.has("chunk") ? (int) integer(s.get("chunk")) : Step.Gen.DEFAULT_CHUNK;
      require(chunk > 0, "gen chunk must be positive in connection " + conn);
      return new Step.Gen(generator(s.get("gen")), chunk, pause);
    }
    if (s.has("shutw")) {
      return new Step.ShutW();
    }
    if (s.has("wait_for")) {
      return new Step.WaitFor(s.get("wait_for").asText(), s.has("count") ? (int) integer(s.get("count")) : 1,
          s.has("timeout") ? number(s.get("timeout")) : 5);
    }
    if (s.has("capture")) {
      require(s.has("regex"), "capture step without regex in connection " + conn);
      return new Step.Capture(s.get("capture").asText(), s.get("regex").asText(),
          s.has("timeout") ? number(s.get("timeout")) : 5);
    }
    throw new IllegalArgumentException("unknown step " + s + " in connection " + conn);
  }

  /** Parses a generator description. */
  public static Generator generator(JsonNode node) {
    if (node.isTextual()) {
      return new Generator.Literal(node.textValue());
    }
    if (node.isArray()) {
      List<Generator> items = new ArrayList<>();
      node.forEach(n -> items.add(generator(n)));
      return new Generator.Concat(items);
    }
    if (node.isObject()) {
      if (node.has("repeat")) {
        return new Generator.Repeat(integer(node.get("repeat")), node.has("var") ? node.get("var").asText() : "i",
            node.has("start") ? integer(node.get("start")) : 0,
            node.has("body") ? generator(node.get("body")) : new Generator.Literal(""),
            node.has("sep") && !node.get("sep").isNull() ? node.get("sep").asText() : null);
      }
      if (node.has("hex")) {
        return new Generator.Hex(node.get("hex").asText());
      }
      if (node.has("text")) {
        return new Generator.Text(node.get("text").asText());
      }
      throw new IllegalArgumentException("unknown generator node: " + node);
    }
    throw new IllegalArgumentException("bad generator node: " + node);
  }

  private static void strings(JsonNode obj, Map<String, String> into) {
    if (obj == null || obj.isNull()) {
      return;
    }
    require(obj.isObject(), "expected an object of strings: " + obj);
    for (Iterator<Map.Entry<String, JsonNode>> it = obj.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode v = e.getValue();
      into.put(e.getKey(), v.isTextual() ? v.textValue() : PyJson.dumps(v));
    }
  }

  private static double number(JsonNode n) {
    if (n.isNumber()) {
      return n.doubleValue();
    }
    try {
      return Double.parseDouble(n.asText().trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a number: " + n, e);
    }
  }

  private static long integer(JsonNode n) {
    if (n.isIntegralNumber()) {
      return n.longValue();
    }
    try {
      return Long.parseLong(n.asText().trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not an integer: " + n, e);
    }
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }
}
