package io.hapsim.conformance.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The report's section on the 2.x non-interactive close (haproxy#2658): a race on real HAProxy, so it is measured
 * like a benchmark ({@code scripts/measure-nonint-close}, many runs of the users' socat recipe against real and
 * simulated versions) rather than replayed; the section repeats that measurement's summary table.
 */
final class NonInteractiveCloseSection {
  private NonInteractiveCloseSection() {}

  /** {@code summary}: the measurement's page ({@code docs/benchmarks/nonint-close.md}); may not exist. */
  static String render(Path summary) {
    StringBuilder sb = new StringBuilder("## The 2.x non-interactive close (haproxy#2658)\n\n")
        .append("HAProxy 2.4 to 2.8 end a non-interactive connection when a command finishes and no further byte ")
        .append("is buffered, so a script that streams payloads on one connection loses the rest whenever one ")
        .append("chunk arrives alone. hapsim imitates the race (how it reads and when it looks, not a coin flip); ")
        .append("its loss rate under the users' socat recipe, next to real HAProxy's:\n\n");
    List<String> lines = measurement(summary);
    if (lines.isEmpty()) {
      return sb.append("Not measured yet: `./hapsim bench nonint-close` writes `docs/benchmarks/nonint-close.md`.\n")
          .toString();
    }
    lines.stream().filter(line -> line.startsWith("Taken ")).forEach(line -> sb.append(line).append("\n\n"));
    lines.stream().filter(line -> line.startsWith("|")).forEach(line -> sb.append(line).append('\n'));
    return sb.append("\nFrom [benchmarks/nonint-close.md](benchmarks/nonint-close.md) (`./hapsim bench ")
        .append("nonint-close`). Tests that need a certain outcome pin it: `--nonint-close never|after=N`, ")
        .append("`Simulator.Builder.nonInteractiveClose`, `@HapsimTest(nonInteractiveClose = ...)`.\n")
        .toString();
  }

  private static List<String> measurement(Path summary) {
    if (!Files.isRegularFile(summary)) {
      return List.of();
    }
    try {
      return Files.readAllLines(summary, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
