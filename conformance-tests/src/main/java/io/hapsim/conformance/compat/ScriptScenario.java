package io.hapsim.conformance.compat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hapsim.conformance.replay.scenario.Scenario;
import io.hapsim.conformance.replay.scenario.ScenarioLoader;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain file of CLI traffic turned into a scenario, sent as a script sends it: the whole file on one connection
 * then a half-close (what {@code socat - UNIX:sock < file} does), or each command line, with its payload, on a
 * connection of its own ({@code --per-line}, a loop of such calls). Keeps which command each answer belongs to.
 *
 * @param scenario the traffic, runnable on any target
 * @param commands per connection, the commands it sends in order
 */
record ScriptScenario(Scenario scenario, List<List<ScriptCommand>> commands) {

  /** One command of the script: where it starts, its text, and the payload lines it carries. */
  record ScriptCommand(int line, String text, int payloadLines) {
    String shown() {
      return "line " + line + ": " + text + (payloadLines > 0 ? "  (+" + payloadLines + " payload lines)" : "");
    }
  }

  /** A block of input that goes together: a command line and, if it opens one, its payload. */
  private record Block(String text, List<ScriptCommand> commands) {}

  static ScriptScenario of(String name, String text, boolean perLine, String socket) {
    List<Block> blocks = blocks(text);
    ObjectMapper json = new ObjectMapper();
    ObjectNode root = json.createObjectNode().put("name", name);
    ArrayNode connections = root.putArray("connections");
    List<List<ScriptCommand>> commands = new ArrayList<>();
    if (perLine) {
      for (Block block : blocks) {
        connection(connections, "line" + block.commands().get(0).line(), socket, block.text());
        commands.add(block.commands());
      }
    } else {
      connection(connections, "script", socket, text);
      commands.add(blocks.stream().flatMap(b -> b.commands().stream()).toList());
    }
    Scenario scenario = ScenarioLoader.parse(root.toString(), name);
    return new ScriptScenario(scenario, commands);
  }

  private static void connection(ArrayNode connections, String name, String socket, String text) {
    ObjectNode c = connections.addObject().put("name", name).put("socket", socket);
    ArrayNode steps = c.putArray("steps");
    steps.addObject().put("send", text);
    steps.addObject().put("shutw", true);
    c.putObject("read").put("until", "close").put("timeout", 5);
  }

  /**
   * Splits the script into command lines with their payloads. A line whose last word starts with {@code <<} opens
   * a payload that ends at an empty line, or at the line holding only the custom pattern that follows the
   * {@code <<}. Commands chained with an unescaped {@code ;} count one each.
   */
  private static List<Block> blocks(String text) {
    String[] lines = text.split("\n", -1);
    int count = text.endsWith("\n") ? lines.length - 1 : lines.length;
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int first = i;
      String line = lines[i];
      StringBuilder block = new StringBuilder(line).append('\n');
      String pattern = payloadPattern(line);
      int payloadLines = 0;
      if (pattern != null) {
        while (i + 1 < count) {
          String next = lines[++i];
          block.append(next).append('\n');
          if (next.equals(pattern)) {
            break;
          }
          payloadLines++;
        }
      }
      List<ScriptCommand> commands = new ArrayList<>();
      for (String command : chained(line)) {
        commands.add(new ScriptCommand(first + 1, command, pattern != null ? payloadLines : 0));
      }
      blocks.add(new Block(block.toString(), commands));
    }
    return blocks;
  }

  /** The line that ends the payload this line opens ("" for the empty line), or null if it opens none. */
  private static String payloadPattern(String line) {
    String trimmed = line.stripTrailing();
    int space = Math.max(trimmed.lastIndexOf(' '), trimmed.lastIndexOf('\t'));
    String last = trimmed.substring(space + 1);
    return last.startsWith("<<") ? last.substring(2) : null;
  }

  /** The commands of a line chained with unescaped semicolons (an empty line is one empty command). */
  private static List<String> chained(String line) {
    List<String> commands = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length()) {
        current.append(c).append(line.charAt(++i));
      } else if (c == ';') {
        commands.add(current.toString().strip());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    commands.add(current.toString().strip());
    return commands;
  }
}
