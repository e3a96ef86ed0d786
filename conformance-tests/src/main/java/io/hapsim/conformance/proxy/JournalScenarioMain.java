package io.hapsim.conformance.proxy;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code ./hapsim journal-scenario}: a simulator's verbatim journal, as its control API gives it, written as a
 * scenario and its golden (the simulator's answers), for {@code ./hapsim replay check} against real HAProxy. Exit
 * status 2 on a usage error, 1 when the journal cannot be read or written as a scenario.
 */
public final class JournalScenarioMain {
  static final String USAGE = String.join("\n",
      "usage: hapsim journal-scenario --record FILE [options] SOURCE",
      "",
      "Writes the connections of a simulator's journal (serve --journal verbatim) as a scenario FILE and what the",
      "simulator answered as its golden, for:",
      "  ./hapsim replay check --target TARGET --golden FILE.golden FILE",
      "",
      "SOURCE: the control API's journal/connections URL (http://127.0.0.1:PORT/simulators/1/journal/connections),",
      "a file holding what it answered, or - for standard input",
      "",
      "options:",
      "  -r, --record FILE      the scenario to write (its name: FILE without .json)",
      "  --golden DIR           where the simulator's answers go (default: FILE without .json, plus .golden/)",
      "  --socket NAME          the socket name connections get in the scenario (default admin)",
      "  --label LABEL          the simulated version's label in the golden (e.g. 3.0)",
      "  --var NAME=VALUE       a run-time value (e.g. the maps' folder) written as {NAME}; repeatable",
      "  -h, --help             this text");

  private JournalScenarioMain() {}

  public static void main(String[] args) {
    System.exit(run(new ArrayList<>(Arrays.asList(args)), System.out, System.err));
  }

  static int run(List<String> args, PrintStream out, PrintStream err) {
    if (!args.isEmpty() && args.get(0).equals("journal-scenario")) {
      args.remove(0); // as launched by ./hapsim journal-scenario ...
    }
    ProxyMain.Options o = new ProxyMain.Options();
    String source = null;
    try {
      for (int i = 0; i < args.size(); i++) {
        String a = args.get(i);
        if (a.equals("-h") || a.equals("--help")) {
          out.println(USAGE);
          return 0;
        }
        int last = ProxyMain.recordingOption(args, i, o);
        if (last >= 0) {
          i = last;
        } else if (source == null && (!a.startsWith("-") || a.equals("-"))) {
          source = a;
        } else {
          throw new IllegalArgumentException("unknown argument " + a);
        }
      }
      if (source == null || o.record == null) {
        throw new IllegalArgumentException("a SOURCE and --record FILE are needed");
      }
    } catch (IllegalArgumentException e) {
      err.println("journal-scenario: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    try {
      String name = SessionRecorder.scenarioName(o.record);
      Path golden = (o.golden != null ? o.golden : SessionRecorder.defaultGoldenDir(o.record)).resolve(name + ".json");
      String origin = "a hapsim journal (" + source + ")";
      int written = JournalRecording.write(JournalJson.connections(read(source)), new RecordedSession.Settings(name,
          "Recorded from " + origin + ".", o.socket, o.vars, o.label, "recorded from " + origin), o.record, golden);
      out.println("journal-scenario: " + written + " connection" + (written == 1 ? "" : "s") + " in " + o.record
          + ", the simulator's answers in " + golden);
      return 0;
    } catch (IOException | IllegalArgumentException e) {
      err.println("journal-scenario: " + e.getMessage());
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    }
  }

  private static String read(String source) throws IOException, InterruptedException {
    if (source.equals("-")) {
      return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (!source.startsWith("http://") && !source.startsWith("https://")) {
      return Files.readString(Path.of(source), StandardCharsets.UTF_8);
    }
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(source))
        .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (response.statusCode() != 200) {
      throw new IOException(source + " answered " + response.statusCode() + ": " + response.body().strip());
    }
    return response.body();
  }
}
