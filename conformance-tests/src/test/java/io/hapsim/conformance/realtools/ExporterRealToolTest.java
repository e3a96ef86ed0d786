package io.hapsim.conformance.realtools;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.conformance.FreePorts;
import io.hapsim.conformance.report.WorksWithSection;
import io.hapsim.conformance.replay.scenario.ScenarioLoader;
import io.hapsim.conformance.replay.target.Target;
import io.hapsim.conformance.replay.target.TargetInstance;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Debian's prometheus-haproxy-exporter, unmodified, scraping the corpus fixture's admin socket: on the simulator it
 * exports exactly the metrics it exports on real HAProxy of the same version, names, labels and values.
 */
class ExporterRealToolTest {
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @TempDir
  Path tmp;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2.6", "3.0", "3.2", "3.4"})
  void exportsWhatItExportsOnRealHaproxy(String version) throws Exception {
    RealTools.Both<List<String>> metrics = RealTools.onBoth(WorksWithSection.EXPORTER, "prometheus-haproxy-exporter",
        version, this::metrics);

    assertThat(metrics.real()).as("the exporter read real HAProxy").contains("haproxy_up 1")
        .anyMatch(line -> line.startsWith("haproxy_server_weight{backend=\"be\",server=\"s1\"}"));
    assertThat(metrics.simulated()).containsExactlyElementsOf(metrics.real());
  }

  /** The exporter's {@code haproxy_*} samples, in its order, from one scrape of a fresh instance. */
  private List<String> metrics(Target target, String name) throws Exception {
    try (TargetInstance instance = target.start(ScenarioLoader.parse("{\"connections\": []}", "exporter"))) {
      String socket = instance.sockets().get("admin");
      int port = FreePorts.one();
      Process exporter = RealTools.start(tmp.resolve(name + "-exporter.log"), "exporter",
          "--haproxy.scrape-uri=" + socket, "--web.listen-address=127.0.0.1:" + port);
      try {
        String body = scrape(URI.create("http://127.0.0.1:" + port + "/metrics"), exporter, name);
        return body.lines().filter(line -> line.startsWith("haproxy_")).toList();
      } finally {
        exporter.destroy();
        exporter.waitFor();
      }
    }
  }

  private String scrape(URI uri, Process exporter, String name) throws Exception {
    for (int attempt = 0; attempt < 100; attempt++) {
      try {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).build(),
            HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          return response.body();
        }
      } catch (java.net.ConnectException e) {
        if (!exporter.isAlive()) {
          break;
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the exporter never answered on " + uri + ": "
        + Files.readString(tmp.resolve(name + "-exporter.log")));
  }
}
