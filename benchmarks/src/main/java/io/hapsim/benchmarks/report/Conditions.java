package io.hapsim.benchmarks.report;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The machine and the moment a report was taken on. */
public record Conditions(String date, String cpu, int cores, long memoryMiB, String os, String jvm,
        String loadBefore, String loadAfter) {

    public static Conditions now() {
        return new Conditions(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME).substring(0, 19),
                cpuName(), Runtime.getRuntime().availableProcessors(), totalMemoryMiB(),
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                loadAverage(), "");
    }

    public Conditions finished() {
        return new Conditions(date, cpu, cores, memoryMiB, os, jvm, loadBefore, loadAverage());
    }

    static String cpuName() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // not Linux
        }
        return System.getProperty("os.arch");
    }

    static long totalMemoryMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // not Linux
        }
        return -1;
    }

    /** The 1, 5 and 15 minute load averages ({@code /proc/loadavg}). */
    static String loadAverage() {
        try {
            List<String> f = List.of(Files.readString(Path.of("/proc/loadavg")).strip().split(" "));
            return String.join(" ", f.subList(0, 3));
        } catch (IOException | RuntimeException ignored) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    public String summary() {
        return cpu + ", " + cores + " cores, " + (memoryMiB / 1024) + " GiB";
    }
}
