package io.hapsim.conformance.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.conformance.report.Results.Comparison;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The "Works with" table: per client and version, the same on both or not, from the last run's results. */
class WorksWithSectionTest {
  private static final List<String> VERSIONS = List.of("2.4", "2.6", "3.0");
  private static final List<Comparison> RUN = List.of(
      tool(WorksWithSection.EXPORTER, "2.6", "PASSED"),
      tool(WorksWithSection.EXPORTER, "3.0", "PASSED"),
      tool(WorksWithSection.SOCAT_RECIPES, "3.0", "PASSED"),
      tool(WorksWithSection.SOCAT_RECIPES, "3.0", "FAILED"),
      new Comparison(Results.SIMULATOR_VS_GOLDEN, "2.4", "001-x", "PASSED", null, List.of()));

  @Test
  void aClientIsTheSameOnAVersionOnlyWhenEveryRunWas() {
    String table = WorksWithSection.table(RUN, VERSIONS);

    assertThat(table.lines()).first().isEqualTo("| client | compared, simulator vs real HAProxy | 2.6 | 3.0 |");
    assertThat(table).contains("| " + WorksWithSection.EXPORTER + " | every haproxy_* metric: names, labels, values"
        + " | same | same |");
    assertThat(table.lines().filter(l -> l.startsWith("| " + WorksWithSection.SOCAT_RECIPES)))
        .singleElement().asString().endsWith("| not run | **differs** |");
    assertThat(table.lines().filter(l -> l.startsWith("| " + WorksWithSection.HATOP)))
        .singleElement().asString().endsWith("| not run | not run |");
  }

  @Test
  void theReadmeTableIsReplacedBetweenItsMarkersOnly() {
    String readme = "# x\n\n" + WorksWithSection.BEGIN + "\nold table\n" + WorksWithSection.END + "\n\nrest\n";

    String updated = WorksWithSection.intoReadme(readme, RUN, VERSIONS);

    assertThat(updated).startsWith("# x\n\n" + WorksWithSection.BEGIN + "\n| client |").doesNotContain("old table")
        .endsWith(WorksWithSection.END + "\n\nrest\n");
    assertThat(WorksWithSection.intoReadme(readme, List.of(), VERSIONS)).as("no results: unchanged").isEqualTo(readme);
    assertThat(WorksWithSection.intoReadme("no markers\n", RUN, VERSIONS)).isEqualTo("no markers\n");
  }

  private static Comparison tool(String name, String version, String status) {
    return new Comparison(Results.REAL_TOOLS, version, name, status, null, List.of());
  }
}
