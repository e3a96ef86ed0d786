package io.hapsim.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.benchmarks.report.Conditions;
import io.hapsim.benchmarks.report.Profile;
import io.hapsim.benchmarks.report.ProfileRunner;
import io.hapsim.benchmarks.report.ReportCommand;
import io.hapsim.benchmarks.report.Row;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The CI smoke run: every benchmark of the smoke profile runs once through the JMH Runner (one fork, one warmup and
 * one measured iteration of 100 ms, 2,000 entries, the in-process simulator) and the report is written. Proves the
 * benchmarks still run; no figure is checked (timing never decides a test).
 */
class BenchmarkSmokeTest {

    @Test
    void everyBenchmarkOfTheSmokeProfileRunsAndTheReportIsWritten() throws Exception {
        Profile smoke = Profile.of("smoke", List.of(), List.of());
        Path out = Path.of("target", "bench-smoke");
        Files.createDirectories(out);
        Path log = out.resolve("jmh.log");
        Files.deleteIfExists(log);
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        List<Row> rows = new ProfileRunner(smoke, log, new PrintStream(progress, true, StandardCharsets.UTF_8),
                v -> v).run();
        System.out.print(progress.toString(StandardCharsets.UTF_8));

        assertThat(rows).hasSize(smoke.specs().size());
        assertThat(rows).allSatisfy(r -> assertThat(r.failure()).as(r.bench() + " " + r.params()).isNull());
        assertThat(rows).allSatisfy(r -> assertThat(r.score()).as(r.bench() + " " + r.params()).isPositive());

        ReportCommand.write(smoke, Conditions.now().finished(), rows, List.of(), out);
        assertThat(out.resolve("smoke.md")).content().contains("## Map commit throughput, 2,000 entries");
        assertThat(Files.size(out.resolve("smoke.png"))).isPositive();
    }
}
