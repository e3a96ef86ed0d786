package io.hapsim.simulator.command.info;

import io.hapsim.simulator.command.VersionProperties;
import io.hapsim.simulator.version.VersionProfile;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How one version writes its diagnostic dumps ({@code show events}, {@code show tasks}, {@code show profiling}),
 * read from {@code diagnostics/<label>.properties}.
 *
 * @param eventsHeader     the first line of {@code show events}
 * @param dpapiRing        the Data Plane API's ring is among the built-in sinks
 * @param tasksHeader      the column header of {@code show tasks}
 * @param profilingWindow  {@code show profiling} says over which window the task activity was measured
 * @param profilingHeader  the column header of that task activity
 */
record Diagnostics(String eventsHeader, boolean dpapiRing, String tasksHeader, boolean profilingWindow,
        String profilingHeader) {

    private static final Map<String, Diagnostics> CACHE = new ConcurrentHashMap<>();

    static Diagnostics of(VersionProfile profile) {
        return CACHE.computeIfAbsent(profile.label(), Diagnostics::load);
    }

    private static Diagnostics load(String label) {
        VersionProperties properties = VersionProperties.load("diagnostics", label);
        return new Diagnostics(properties.value("events.header"), properties.flag("events.dpapi"),
                properties.value("tasks.header"), properties.flag("profiling.window"),
                properties.value("profiling.header"));
    }
}
