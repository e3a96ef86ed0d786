package io.hapsim.conformance.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.hapsim.conformance.RealHaproxyRequired;
import io.hapsim.conformance.replay.target.RealHaproxy;
import io.hapsim.simulator.config.ConfigException;
import io.hapsim.simulator.config.ConfigParser;
import io.hapsim.simulator.version.VersionProfiles;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;

/**
* The configuration reader against real HAProxy: every file of {@code config-refusals/} goes through {@code haproxy
* -c} of each installed version and through the simulator's reader for that version's profile; the alerts (what
* makes HAProxy refuse a configuration, or what it prints and goes on) must be the same, byte for byte and in the
* same order, and a file real HAProxy takes must be taken. Warnings are not compared: hapsim logs its own.
*/
public class ConfigRefusalLiveTest {
  private static final Pattern MESSAGE_START = Pattern.compile("^\\[(ALERT|WARNING|NOTICE)\\] +\\(\\d+\\) : ",
      Pattern.MULTILINE);
  private static final String CONFIG_ALERT = "config : ";
  /** The summary lines after the alerts, which hapsim's {@code serve} prints itself. */
  private static final List<String> TRAILERS = List.of("Error(s) found in configuration file : ",
      "Fatal errors found in configuration.");

  @TestFactory
  Stream<DynamicContainer> alertsAreThoseOfRealHaproxy() throws IOException, URISyntaxException {
    Path folder = Path.of(Objects.requireNonNull(getClass().getResource("/config-refusals")).toURI());
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(f -> f.toString().endsWith(".cfg")).sorted().toList();
    }
    assertThat(files).as("configuration files in " + folder).hasSizeGreaterThanOrEqualTo(6);
    return RealHaproxy.VERSIONS.stream().map(version -> dynamicContainer("haproxy " + version,
        files.stream().map(file -> dynamicTest(file.getFileName().toString(), () -> compare(version, file)))));
  }

  private static void compare(String version, Path file) throws Exception {
    RealHaproxyRequired.require(version, "configuration checks");
    RealCheck real = realCheck(version, file);
    Reading simulated = simulatedReading(version, file);
    assertThat(simulated.alerts()).as("alerts of hapsim %s for %s (real exited %d)", version, file.getFileName(),
        real.exitCode()).containsExactlyElementsOf(real.alerts());
    assertThat(real.exitCode()).as("real exit status where hapsim %s the configuration",
        simulated.refused() ? "refuses" : "takes").isEqualTo(simulated.refused() ? 1 : 0);
  }

  /** What the simulator's reader said: its alerts, and whether they refuse the configuration. */
  private record Reading(List<String> alerts, boolean refused) {
  }

  private record RealCheck(int exitCode, List<String> alerts) {
  }

  /** {@code haproxy -c -f NAME} in the file's folder, so that it names the file as hapsim is told to. */
  private static RealCheck realCheck(String version, Path file) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(RealHaproxy.launcher().toString(), version, "-c", "-f",
        file.getFileName().toString())
        .directory(file.getParent().toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.ISO_8859_1);
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("haproxy " + version + " -c did not exit");
    }
    return new RealCheck(process.exitValue(), alerts(stderr));
  }

  /**
  * The configuration alerts of HAProxy's stderr: each runs from its {@code [ALERT] (pid) : config : } header to
  * the next header, less the line feed HAProxy ends every message with (a message may hold more of its own).
  */
  public static List<String> alerts(String stderr) {
    List<String> alerts = new ArrayList<>();
    Matcher header = MESSAGE_START.matcher(stderr);
    boolean found = header.find();
    while (found) {
      boolean alert = header.group(1).equals("ALERT");
      int start = header.end();
      found = header.find();
      String message = stderr.substring(start, found ? header.start() : stderr.length());
      if (alert && message.startsWith(CONFIG_ALERT)) {
        String text = message.substring(CONFIG_ALERT.length(), message.length() - 1);
        if (TRAILERS.stream().noneMatch(text::startsWith)) {
          alerts.add(text);
        }
      }
    }
    return alerts;
  }

  private static Reading simulatedReading(String version, Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.ISO_8859_1);
    try {
      return new Reading(ConfigParser.parse(text, file.getFileName(), VersionProfiles.get(version)).alerts(),
          false);
    } catch (ConfigException e) {
      return new Reading(e.alerts(), true);
    }
  }
}
