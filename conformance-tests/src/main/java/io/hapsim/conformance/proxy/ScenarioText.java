package io.hapsim.conformance.proxy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hapsim.conformance.replay.text.PyJson;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A scenario's JSON laid out like the corpus files: fields in the order given, one connection field per line, one
 * step per line, so that a recording reads (and diffs) like a hand-written scenario.
 */
final class ScenarioText {
  private ScenarioText() {}

  static String of(ObjectNode scenario) {
    List<String> fields = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = scenario.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      if (f.getKey().equals("connections")) {
        List<String> conns = new ArrayList<>();
        f.getValue().forEach(c -> conns.add(connection(c)));
        fields.add("  \"connections\": " + block(conns, "  "));
      } else {
        fields.add("  " + PyJson.quote(f.getKey()) + ": " + PyJson.dumps(f.getValue()));
      }
    }
    return "{\n" + String.join(",\n", fields) + "\n}\n";
  }

  private static String connection(JsonNode c) {
    List<String> fields = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = c.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      String value;
      if (f.getValue().isArray()) {
        List<String> items = new ArrayList<>();
        f.getValue().forEach(item -> items.add(PyJson.dumps(item)));
        value = block(items, "      ");
      } else {
        value = PyJson.dumps(f.getValue());
      }
      fields.add("      " + PyJson.quote(f.getKey()) + ": " + value);
    }
    return "{\n" + String.join(",\n", fields) + "\n    }";
  }

  /** {@code items} one per line, indented one level more than {@code indent}. */
  private static String block(List<String> items, String indent) {
    if (items.isEmpty()) {
      return "[]";
    }
    return "[\n" + String.join(",\n", items.stream().map(i -> indent + "  " + i).toList()) + "\n" + indent + "]";
  }
}
