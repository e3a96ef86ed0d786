package io.hapsim.simulator.command.info;

import io.hapsim.simulator.command.VersionProperties;
import io.hapsim.simulator.version.VersionProfile;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * How one version writes its diagnostic dumps ({@code show events}, {@code show tasks}, {@code show profiling}),
 * read from {@code diagnostics/<label>.properties}.
 *
 * @param eventsHeader     the first line of {@code show events}
 * @param tasksHeader      the column header of {@code show tasks}
 * @param profilingWindow  {@code show profiling} says over which window the task activity was measured
 * @param profilingHeader  the column header of that task activity
 * @param threadCounters   what follows {@code 1/<thread>} on each thread's second line of {@code show threads},
 *                         with {@code {loops}}, {@code {ctxsw}} and {@code {harmless}} to fill
 * @param askingThread     the lines after {@code cpu_ns} of the thread that answers {@code show threads}
 * @param idleThread       the lines after {@code cpu_ns} of any other thread
 * @param activityUptime   {@code show activity} says {@code uptime_now} after {@code date_now}
 * @param activityCounters the per-thread counters of {@code show activity}, in order
 * @param pools            the pools {@code show pools} lists
 * @param fdGeneration     {@code show fd} says each descriptor's generation and takeovers
 * @param fdCallbackOffset what follows the name of a connection's I/O callback in {@code show fd}
 */
record Diagnostics(String eventsHeader, String tasksHeader, boolean profilingWindow,
        String profilingHeader, String threadCounters, String askingThread, String idleThread, boolean activityUptime,
        List<String> activityCounters, List<Pool> pools, boolean fdGeneration,
        String fdCallbackOffset) {

    private static final String THREAD_INDENT = " ".repeat(13);
    private static final Map<String, Diagnostics> CACHE = new ConcurrentHashMap<>();

    static Diagnostics of(VersionProfile profile) {
        return CACHE.computeIfAbsent(profile.label(), Diagnostics::load);
    }

    private static Diagnostics load(String label) {
        VersionProperties properties = VersionProperties.load("diagnostics", label);
        return new Diagnostics(properties.value("events.header"), properties.value("tasks.header"),
                properties.flag("profiling.window"), properties.value("profiling.header"),
                properties.value("threads.counters"),
                threadLines(properties.value("threads.asking")), threadLines(properties.value("threads.idle")),
                properties.flag("activity.uptime"), List.of(properties.value("activity.counters").split(",")),
                Pool.listed(properties.value("pools.list")), properties.flag("fd.generation"),
                properties.value("fd.callbackOffset"));
    }

    /** The properties keep a thread's lines without the indent all of them have (reading strips it). */
    private static String threadLines(String lines) {
        return lines.lines().map(line -> THREAD_INDENT + line + "\n").collect(Collectors.joining());
    }
}
