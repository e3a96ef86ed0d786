package io.hapsim.benchmarks;

import io.hapsim.benchmarks.measure.ClientHeapCheck;
import io.hapsim.benchmarks.measure.JournalFootprint;
import io.hapsim.benchmarks.measure.MemoryFootprint;
import io.hapsim.benchmarks.report.ColdReport;
import io.hapsim.benchmarks.report.ReportCommand;
import io.hapsim.benchmarks.soak.SoakRun;
import java.util.Arrays;

/**
 * Entry point of {@code benchmarks.jar}:
 * <pre>
 * java -jar benchmarks.jar report [--profile short|full] [--out DIR] [--real auto|none|2.6,3.0,3.2] [--entries N,..]
 *                                 [--memory] [--heap N]
 * java -jar benchmarks.jar cold [--versions 3.0,3.2] [--entries N] [--startups N] [--real ...] [--out DIR]
 * java -jar benchmarks.jar heap [real|sim-fork] [VERSION] [ENTRIES]      (run it with a small -Xmx)
 * java -jar benchmarks.jar footprint [sim|real] [VERSION] [ENTRIES]
 * java -jar benchmarks.jar journal [COMMANDS] [default|verbatim]         (the journal's heap after COMMANDS)
 * java -jar benchmarks.jar soak [--version 3.0] [--held N] [--churns N] [--sessions N] [--out DIR] ...
 * java -jar benchmarks.jar [JMH options]                                  (plain JMH: -l lists the benchmarks)
 * </pre>
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        String first = args.length > 0 ? args[0] : "";
        String[] rest = args.length > 0 ? Arrays.copyOfRange(args, 1, args.length) : args;
        switch (first) {
            case "report" -> ReportCommand.main(rest);
            case "cold" -> ColdReport.main(rest);
            case "heap" -> ClientHeapCheck.main(rest);
            case "footprint" -> MemoryFootprint.main(rest);
            case "journal" -> JournalFootprint.main(rest);
            case "soak" -> SoakRun.main(rest);
            default -> org.openjdk.jmh.Main.main(args);
        }
    }
}
