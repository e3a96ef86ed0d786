package io.hapsim.conformance.replay.transcript;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hapsim.conformance.replay.text.PyJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads golden transcript files and writes transcripts in the same layout as the reference tool
 * (one event / one received line per line, keys sorted), so that re-recorded goldens diff cleanly.
 */
public final class TranscriptJson {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private TranscriptJson() {}

  // ------------------------------------------------------------------------------------------
  // reading

  public static Transcript read(Path file) throws IOException {
    try {
      return fromJson(JSON.readTree(file.toFile()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  public static Transcript parse(String json) {
    try {
      return fromJson(JSON.readTree(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** All transcripts of a directory (or a single file), by scenario name. */
  public static Map<String, Transcript> readAll(Path path) throws IOException {
    Map<String, Transcript> out = new LinkedHashMap<>();
    if (Files.isDirectory(path)) {
      List<Path> files;
      try (Stream<Path> s = Files.list(path)) {
        files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
      }
      for (Path f : files) {
        Transcript t = read(f);
        String fn = f.getFileName().toString();
        out.put(t.scenario() != null ? t.scenario() : fn.substring(0, fn.length() - 5), t);
      }
    } else {
      Transcript t = read(path);
      out.put(t.scenario() != null ? t.scenario() : path.getFileName().toString(), t);
    }
    return out;
  }

  static Transcript fromJson(JsonNode root) {
    if (!root.isObject()) {
      throw new IllegalArgumentException("a transcript is a JSON object");
    }
    List<ConnectionRecord> conns = new ArrayList<>();
    for (JsonNode c : root.path("connections")) {
      conns.add(connection(c));
    }
    List<String> log = null;
    if (root.has("log")) {
      log = new ArrayList<>();
      for (JsonNode l : root.get("log")) {
        log.add(l.asText());
      }
    }
    return new Transcript(text(root, "format"), text(root, "scenario"), text(root, "label"), text(root, "notes"),
        conns, log);
  }

  private static ConnectionRecord connection(JsonNode c) {
    List<Event> events = new ArrayList<>();
    for (JsonNode e : c.path("events")) {
      events.add(event(e));
    }
    Timing timing = null;
    JsonNode t = c.get("timing");
    if (t != null && t.isObject()) {
      timing = new Timing(t.has("close_after_s") ? t.get("close_after_s").asLong() : null,
          t.has("closed_during_steps") ? t.get("closed_during_steps").asBoolean() : null,
          t.has("open_s") ? t.get("open_s").asDouble() : null,
          t.has("first_byte_s") ? t.get("first_byte_s").asDouble() : null);
    }
    List<RecvItem> recv = c.has("recv") ? items(c.get("recv")) : null;
    RecvSummary summary = null;
    JsonNode s = c.get("recv_summary");
    if (s != null && s.isObject()) {
      summary = new RecvSummary(s.path("lines").asLong(), s.path("sha256").asText(), items(s.path("head")),
          items(s.path("tail")));
    }
    return new ConnectionRecord(text(c, "name"), text(c, "socket"), text(c, "end"),
        c.has("recv_bytes") ? c.get("recv_bytes").asLong() : null, timing, events, recv, summary);
  }

  private static List<RecvItem> items(JsonNode list) {
    List<RecvItem> out = new ArrayList<>();
    for (JsonNode it : list) {
      if (it.isArray()) {
        out.add(RecvItem.run(it.get(0).asText(), it.get(1).asInt()));
      } else {
        out.add(RecvItem.line(it.asText()));
      }
    }
    return out;
  }

  private static Event event(JsonNode e) {
    String op = e.path("op").asText();
    switch (op) {
      case "connect":
        return new Event.Connect(text(e, "result"));
      case "sleep":
        return new Event.Sleep(e.path("s").isNumber() ? PyJson.dumps(e.get("s")) : e.path("s").asText());
      case "send":
        if (!e.has("len")) {
          return new Event.Send(null, null, 0, text(e, "result"), null, null);
        }
        return new Event.Send(e.get("len").asLong(), e.path("lines").asLong(), e.path("writes").asInt(0),
            text(e, "result"), e.has("written") ? e.get("written").asLong() : null,
            e.has("written_lines") ? e.get("written_lines").asLong() : null);
      case "shutw":
        return new Event.ShutW(text(e, "result"));
      case "wait_for":
        return new Event.WaitFor(text(e, "pattern"), e.has("count") ? e.get("count").asInt() : null,
            text(e, "result"));
      case "capture":
        return new Event.Capture(text(e, "var"), text(e, "result"));
      default:
        return new Event.Other((ObjectNode) e.deepCopy());
    }
  }

  private static String text(JsonNode n, String key) {
    JsonNode v = n.get(key);
    return v == null || v.isNull() ? null : v.asText();
  }

  // ------------------------------------------------------------------------------------------
  // writing

  /** The event as the JSON object the reference tool records. */
  public static ObjectNode toJson(Event e) {
    ObjectNode o = F.objectNode();
    if (e instanceof Event.Connect c) {
      o.put("op", "connect").put("result", c.result());
    } else if (e instanceof Event.Sleep s) {
      o.put("op", "sleep").set("s", numberOrText(s.shown()));
    } else if (e instanceof Event.Send s) {
      o.put("op", "send");
      if (s.len() != null) {
        o.put("len", s.len()).put("lines", s.lines());
      }
      if (s.writes() != 0) {
        o.put("writes", s.writes());
      }
      o.put("result", s.result());
      if (s.written() != null) {
        o.put("written", s.written());
      }
      if (s.writtenLines() != null) {
        o.put("written_lines", s.writtenLines());
      }
    } else if (e instanceof Event.ShutW s) {
      o.put("op", "shutw").put("result", s.result());
    } else if (e instanceof Event.WaitFor w) {
      o.put("op", "wait_for").put("pattern", w.pattern()).put("result", w.result());
      if (w.count() != null) {
        o.put("count", w.count());
      }
    } else if (e instanceof Event.Capture c) {
      o.put("op", "capture").put("var", c.variable()).put("result", c.result());
    } else {
      o.setAll(((Event.Other) e).json());
    }
    return o;
  }

  private static JsonNode numberOrText(String shown) {
    try {
      if (shown.matches("-?\\d+")) {
        return F.numberNode(Long.parseLong(shown));
      }
      return F.numberNode(new BigDecimal(shown).doubleValue());
    } catch (NumberFormatException ex) {
      return F.textNode(shown);
    }
  }

  public static ObjectNode toJson(Timing t) {
    ObjectNode o = F.objectNode();
    if (t.closeAfterS() != null) {
      o.put("close_after_s", t.closeAfterS());
    }
    if (t.closedDuringSteps() != null) {
      o.put("closed_during_steps", t.closedDuringSteps());
    }
    if (t.openS() != null) {
      o.put("open_s", t.openS());
    }
    if (t.firstByteS() != null) {
      o.put("first_byte_s", t.firstByteS());
    }
    return o;
  }

  private static JsonNode toJson(RecvItem it) {
    if (it.run()) {
      ArrayNode a = F.arrayNode();
      a.add(it.line()).add(it.count());
      return a;
    }
    return F.textNode(it.line());
  }

  private static ArrayNode toJson(List<RecvItem> items) {
    ArrayNode a = F.arrayNode();
    items.forEach(it -> a.add(toJson(it)));
    return a;
  }

  /** The transcript in the reference tool's compact layout (ends with a newline). */
  public static String write(Transcript tr) {
    List<String> out = new ArrayList<>();
    out.add("{");
    putIfPresent(out, "format", tr.format());
    putIfPresent(out, "scenario", tr.scenario());
    putIfPresent(out, "label", tr.label());
    putIfPresent(out, "notes", tr.notes());
    out.add("  \"connections\": [");
    List<ConnectionRecord> cs = tr.connections();
    for (int ci = 0; ci < cs.size(); ci++) {
      ConnectionRecord c = cs.get(ci);
      out.add("    {");
      List<String> items = new ArrayList<>();
      if (c.name() != null) {
        items.add("      \"name\": " + PyJson.quote(c.name()));
      }
      if (c.socket() != null) {
        items.add("      \"socket\": " + PyJson.quote(c.socket()));
      }
      if (c.end() != null) {
        items.add("      \"end\": " + PyJson.quote(c.end()));
      }
      if (c.recvBytes() != null) {
        items.add("      \"recv_bytes\": " + c.recvBytes());
      }
      if (c.timing() != null) {
        Timing t = c.timing();
        Timing rounded = new Timing(t.closeAfterS(), t.closedDuringSteps(), round1(t.openS()), round1(t.firstByteS()));
        items.add("      \"timing\": " + PyJson.dumps(toJson(rounded)));
      }
      items.add(block("      \"events\": ", c.events().stream().map(e -> PyJson.dumps(toJson(e))).toList()));
      if (c.recv() != null) {
        items.add(block("      \"recv\": ", c.recv().stream().map(it -> PyJson.dumps(toJson(it))).toList()));
      }
      if (c.recvSummary() != null) {
        RecvSummary s = c.recvSummary();
        ObjectNode o = F.objectNode();
        o.set("head", toJson(s.head()));
        o.put("lines", s.lines());
        o.put("sha256", s.sha256());
        o.set("tail", toJson(s.tail()));
        items.add("      \"recv_summary\": " + PyJson.dumps(o, 8).replace("\n", "\n      "));
      }
      out.add(String.join(",\n", items));
      out.add("    }" + (ci < cs.size() - 1 ? "," : ""));
    }
    out.add("  ]" + (tr.log() != null ? "," : ""));
    if (tr.log() != null) {
      List<String> ll = tr.log().stream().map(l -> "    " + PyJson.quote(l)).toList();
      out.add(ll.isEmpty() ? "  \"log\": []" : "  \"log\": [\n" + String.join(",\n", ll) + "\n  ]");
    }
    out.add("}");
    return String.join("\n", out) + "\n";
  }

  private static void putIfPresent(List<String> out, String key, String value) {
    if (value != null) {
      out.add("  " + PyJson.quote(key) + ": " + PyJson.quote(value) + ",");
    }
  }

  private static String block(String head, List<String> jsonItems) {
    if (jsonItems.isEmpty()) {
      return head + "[]";
    }
    return head + "[\n" + String.join(",\n", jsonItems.stream().map(j -> "        " + j).toList()) + "\n      ]";
  }

  private static Double round1(Double d) {
    return d == null ? null : Math.rint(d * 10) / 10;
  }
}
