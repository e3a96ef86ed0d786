package io.hapsim.conformance.proxy;

import java.util.ArrayList;
import java.util.List;

/**
 * Follows what a client sends, line by line, the way the CLI frames it: a line holds commands chained by
 * {@code ;}, a last word {@code <<} (or {@code <<TERM}, 3.0+) opens a payload that an empty line (or {@code TERM})
 * ends, and {@code prompt} switches the prompt that follows each answer on or off. The proxy needs no more than
 * this to know which command an answer belongs to; it does not know the target's version, so it reads every line
 * as the newest versions do.
 */
final class CommandTracker {

  /** What one complete line was. */
  sealed interface Line {}

  /** Commands (each as its words; none for an empty line, which gets an answer of its own). */
  record Commands(List<Command> commands) implements Line {}

  /** The {@code count}-th line of the payload being sent. */
  record PayloadLine(int count) implements Line {}

  /** The line that ends a payload: the payload's command runs now. */
  record PayloadEnd() implements Line {}

  /** One command: its words, and whether the prompt follows its answer. */
  record Command(List<String> args, boolean promptAfter) {}

  private boolean prompt;
  private String terminator;
  private int payloadLines;

  /** The next complete line, without its line feed. */
  Line line(String text) {
    String line = text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    if (terminator != null) {
      if (line.equals(terminator)) {
        terminator = null;
        return new PayloadEnd();
      }
      return new PayloadLine(++payloadLines);
    }
    List<Command> commands = new ArrayList<>();
    for (String chained : chain(line)) {
      List<String> args = new ArrayList<>(List.of(chained.strip().split("\\s+")));
      args.removeIf(String::isEmpty);
      if (!args.isEmpty() && args.get(args.size() - 1).startsWith("<<")) {
        terminator = args.remove(args.size() - 1).substring(2);
        payloadLines = 0;
      }
      follow(args);
      commands.add(new Command(List.copyOf(args), prompt));
    }
    return new Commands(commands);
  }

  private void follow(List<String> args) {
    if (args.isEmpty() || !args.get(0).equals("prompt")) {
      return;
    }
    if (args.size() == 1) {
      prompt = !prompt;
      return;
    }
    for (String mode : args.subList(1, args.size())) {
      switch (mode) {
        case "p" -> prompt = true;
        case "n", "i" -> prompt = false;
        default -> { } // timed and help change no framing
      }
    }
  }

  /** A line's commands: split at each {@code ;} a backslash does not escape; an empty line is one empty command. */
  private static List<String> chain(String line) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == ';') {
        parts.add(line.substring(start, i));
        start = i + 1;
      }
    }
    String last = line.substring(start);
    if (parts.isEmpty() || !last.isBlank()) {
      parts.add(last);
    }
    return parts;
  }
}
