package io.hapsim.simulator.state;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the simulated process writes on its standard error: warnings and alerts in HAProxy's own format
 * ({@code [WARNING]  (pid) : text}). Tests can read what was logged; standalone runs print it.
 */
public final class ServerLog {

    private final long pid;
    private final Consumer<String> sink;
    private final List<String> lines = new ArrayList<>();
    private final Set<String> onceKeys = ConcurrentHashMap.newKeySet();
    private final AtomicInteger warnings = new AtomicInteger();
    /** While the process starts, what it logs is its start-up log too ({@code show startup-logs}). */
    private volatile boolean starting = true;
    private volatile StartupLogBook startup;
    /** Whether {@link #started()} closes {@link #startup}, or the master that shares it does. */
    private final boolean ownsStartup;
    /** Logged once before the first warning or alert of the start-up, where the version announces itself. */
    private List<String> announcement = List.of();
    /** The context of the command being run on this thread, if any. */
    private final ThreadLocal<MessageContext> context = new ThreadLocal<>();

    /**
     * What a version logs about itself before its first start-up warning: its version and the path of the
     * executable, which for a simulator is the Java runtime's (left out when the platform does not tell it).
     */
    public static List<String> selfAnnouncement(String version) {
        List<String> notices = new ArrayList<>();
        notices.add("haproxy version is " + version + "\n");
        executable().ifPresent(path -> notices.add("path to executable is " + path + "\n"));
        return notices;
    }

    /** The path of this process's executable, if the platform tells it. */
    public static Optional<String> executable() {
        return ProcessHandle.current().info().command();
    }

    /** Where a process logs by default. HAProxy's warnings do not all end with a newline; each gets its own line. */
    public static void printToStandardError(String line) {
        System.err.print(line.endsWith("\n") ? line : line + "\n");
        System.err.flush();
    }

    public ServerLog(long pid, Consumer<String> sink) {
        this(pid, sink, new StartupLogBook(), true);
    }

    /** The log of a worker whose start-up log is its master's ({@code startup}, which the master closes). */
    public ServerLog(long pid, Consumer<String> sink, StartupLogBook startup) {
        this(pid, sink, startup, false);
    }

    private ServerLog(long pid, Consumer<String> sink, StartupLogBook startup, boolean ownsStartup) {
        this.pid = pid;
        this.sink = sink;
        this.startup = startup;
        this.ownsStartup = ownsStartup;
    }

    /**
     * Logs a warning. HAProxy's CLI warnings carry no trailing newline of their own, so {@code text} is written
     * as given; a caller that wants a line ending adds it.
     */
    public void warning(String text) {
        announce();
        warnings.incrementAndGet();
        add("[WARNING]  (" + pid + ") : " + labelled(text));
    }

    /** Logs an alert; as for {@link #warning}, {@code text} carries its own line ending. */
    public void alert(String text) {
        announce();
        add("[ALERT]    (" + pid + ") : " + labelled(text));
    }

    /** Logs a notice; as for {@link #warning}, {@code text} carries its own line ending. */
    public void notice(String text) {
        add("[NOTICE]   (" + pid + ") : " + labelled(text));
    }

    /** Logs a warning about the configuration, as HAProxy prints those at start-up; {@code text} ends its line. */
    public void configWarning(String text) {
        announce();
        warnings.incrementAndGet();
        add("[WARNING]  (" + pid + ") : config : " + text);
    }

    /** Logs an alert about the configuration that does not refuse it, as HAProxy prints those at start-up. */
    public void configAlert(String text) {
        announce();
        add("[ALERT]    (" + pid + ") : config : " + text + "\n");
    }

    /** Logs a warning the first time {@code key} is seen in this process, as HAProxy's one-time warnings do. */
    public void warningOnce(String key, String text) {
        if (onceKeys.add(key)) {
            warning(text);
        }
    }

    /** The warnings logged so far ({@code show info}'s {@code TotalWarnings}); alerts are not counted. */
    public int warningCount() {
        return warnings.get();
    }

    /** Notices to log before the first warning or alert of the start-up (each with its line ending). */
    public void announceBeforeFirstWarning(List<String> notices) {
        announcement = List.copyOf(notices);
    }

    /** The process has started: what it logs from now on is not part of its start-up log. */
    public void started() {
        if (ownsStartup) {
            startup.close();
        }
        starting = false;
        announcement = List.of();
    }

    /**
     * A master executes itself again to reload: a new start-up log, and it announces itself (version, path) again
     * before its next warning, as a process that is still starting does. A master never leaves that state.
     */
    public void restart(StartupLogBook newStartup, List<String> notices) {
        this.startup = newStartup;
        this.starting = true;
        announceBeforeFirstWarning(notices);
    }

    /** Where the start-up log is kept now. */
    public StartupLogBook startupBook() {
        return startup;
    }

    /** What was logged while the process started. */
    public List<String> startupLines() {
        return startup.lines();
    }

    private void announce() {
        if (starting && !announcement.isEmpty()) {
            List<String> notices = announcement;
            announcement = List.of();
            notices.forEach(this::notice);
        }
    }

    /** Runs a command's work in its connection's message context: what it logs carries the context's label. */
    public <T> T within(MessageContext commandContext, Supplier<T> work) {
        MessageContext outer = context.get();
        context.set(commandContext);
        try {
            return work.get();
        } finally {
            context.set(outer);
        }
    }

    /** Everything logged so far, oldest first. */
    public List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    private String labelled(String text) {
        MessageContext current = context.get();
        return current == null || current.label() == null ? text : current.label() + " : " + text;
    }

    private void add(String line) {
        synchronized (lines) {
            lines.add(line);
        }
        startup.add(line);
        sink.accept(line);
    }
}
