package io.hapsim.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report from figures given here (no benchmark runs). */
class ReportTest {

    static Row load(String target, String profile, String version, String strategy, double score) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("target", target);
        p.put("version", profile);
        p.put("strategy", strategy);
        p.put("entries", "100000");
        p.put("transport", "unix");
        p.put("chunk", "0");
        return new Row("load", target, profile, version, p, score, Double.NaN, "entries/s", null);
    }

    static Row baseline(String shape, double score) {
        Map<String, String> p = Map.of("transport", "unix", "shape", shape, "entries", "100000", "chunk", "0");
        return new Row("baseline", "sink", "", "", p, score, Double.NaN, "entries/s", null);
    }

    final List<Row> rows = List.of(
            baseline("stream", 4_000_000), baseline("conn-per-chunk", 3_000_000),
            load("real", "3.0", "3.0.11-1+deb13u5", "conn-per-chunk", 1_000_000),
            load("real", "3.0", "3.0.11-1+deb13u5", "prompt-payload", 400_000),
            load("real", "3.0", "3.0.11-1+deb13u5", "client", 960_000),
            load("real", "3.2", "3.2.26-1", "prompt-payload", 1_200_000),
            load("real", "3.2", "3.2.26-1", "client", 1_000_000),
            load("sim", "3.0", "3.0.11-1+deb13u5", "conn-per-chunk", 1_500_000),
            load("sim", "3.0", "3.0.11-1+deb13u5", "prompt-payload", 300_000),
            new Row("load", "sim", "3.0", "x", Map.of("target", "sim", "version", "3.0", "strategy", "client",
                    "entries", "100000", "transport", "unix", "chunk", "0"), Double.NaN, Double.NaN, "entries/s",
                    "boom"));

    @Test
    void theTableHasAColumnPerTargetAndTheTargetsAreChecked() {
        LoadTable t = new LoadTable(rows, 100_000);
        assertThat(t.columns()).containsExactly("real 3.0.11", "real 3.2.26", "sim 3.0");
        assertThat(t.best("real 3.0.11").orElseThrow().param("strategy")).isEqualTo("conn-per-chunk");

        String md = MarkdownReport.render(Profile.of("short", List.of(), List.of()),
                new Conditions("2025-01-01T00:00:00", "cpu", 2, 24 * 1024, "Linux", "jvm", "1.0 1.0 1.0", "2.0 2.0 2.0"),
                rows, List.of(), "short.png", 100_000);
        assertThat(md).contains("| strategy | real 3.0.11 | real 3.2.26 | sim 3.0 |");
        assertThat(md).contains("| conn-per-chunk | **1.000M** (25%) | n/a | **1.500M** (38%) |");
        assertThat(md).contains("failed");
        assertThat(md).contains("prompt-payload: 300.0k / 400.0k = 0.75 | **not met** (0.75)");
        assertThat(md).contains("client 960.0k / best (conn-per-chunk) 1.000M = 0.96; client = 24% of the raw-socket"
                + " baseline (4.000M) | met");
        assertThat(md).contains("client 1.000M / best (prompt-payload) 1.200M = 0.83");
        assertThat(md).contains("![entries/s per strategy and version](short.png)");
    }

    @Test
    void theChartIsAPng(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("c.png");
        ChartRenderer.write(new LoadTable(rows, 100_000), "title", "subtitle", png);
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isGreaterThan(600);
        assertThat(img.getHeight()).isGreaterThan(400);
        assertThat(Files.size(png)).isGreaterThan(1000);
    }
}
