package io.hapsim.client.master;

import io.hapsim.client.CliAddress;
import io.hapsim.client.CliOptions;
import io.hapsim.client.HaproxyCli;
import io.hapsim.client.HaproxyVersion;
import io.hapsim.client.error.CliConnectionException;
import io.hapsim.client.error.ConnectionFailure;
import io.hapsim.client.error.ErrorClassifier;
import io.hapsim.client.error.ErrorKind;
import io.hapsim.client.error.HaproxyException;
import io.hapsim.client.error.ReloadFailedException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A client of HAProxy's master socket ({@code haproxy -W -S <socket>}), the CLI of the master process in
 * master-worker mode. The master relays each command to the process its route names and relays the answer, so the
 * clients this returns ({@link #worker()}, {@link #process(long)}, {@link #master()}) offer everything a {@link
 * HaproxyCli} does ({@code maps()}, {@code showInfo()} ...) through it. Holds no connection; thread-safe.
 *
 * <pre>{@code
 * MasterCli haproxy = MasterCli.connect("unix:/run/haproxy-master.sock");
 * long pid = haproxy.worker().showInfo().pid();
 * haproxy.worker().maps().add("/etc/haproxy/hosts.map", "example.com", "be_web");
 * ReloadResult reload = haproxy.reload();   // the runtime changes are lost: maps come back from their files
 * }</pre>
 */
public final class MasterCli {

    private static final String SUCCESS = "Success=1";
    private static final String FAILURE = "Success=0";
    /** Between two looks at {@code show proc} while a master before 3.0 executes itself again. */
    private static final long RELOAD_POLL_MILLIS = 20;

    private final CliAddress address;
    private final CliOptions options;

    private MasterCli(CliAddress address, CliOptions options) {
        this.address = Objects.requireNonNull(address);
        this.options = Objects.requireNonNull(options);
    }

    /** The master socket named like the tool's SOCKET argument (path, {@code unix:PATH}, {@code HOST:PORT}). */
    public static MasterCli connect(String socket) {
        return of(CliAddress.parse(socket));
    }

    public static MasterCli of(CliAddress address) {
        return of(address, CliOptions.defaults());
    }

    public static MasterCli of(CliAddress address, CliOptions options) {
        return new MasterCli(address, options);
    }

    public CliAddress address() {
        return address;
    }

    public CliOptions options() {
        return options;
    }

    /** The current worker ({@code @1}): the one serving the configuration last loaded. */
    public HaproxyCli worker() {
        return worker(1);
    }

    /** The worker with this relative pid ({@code @<n>}, counted from 1). */
    public HaproxyCli worker(int relativePid) {
        if (relativePid < 1) {
            throw new IllegalArgumentException("relative pids of workers start at 1 (0 is the master): "
                    + relativePid);
        }
        return route("@" + relativePid);
    }

    /**
     * The process with this system pid ({@code @!<pid>}), a current or an old worker. A pid that is not the master's
     * process anymore gives {@link io.hapsim.client.error.UnknownTargetException} on use.
     */
    public HaproxyCli process(long pid) {
        return route("@!" + pid);
    }

    /** The master's own CLI ({@code @master}): {@code show proc}, {@code show info} of the master ... */
    public HaproxyCli master() {
        return route("@master");
    }

    private HaproxyCli route(String route) {
        return HaproxyCli.routed(address, route, options);
    }

    /** The master's HAProxy version. */
    public HaproxyVersion version() {
        return master().version();
    }

    /** {@code show proc}, parsed. */
    public ProcessList showProc() {
        String answer = master().execute("show proc");
        if (!answer.startsWith("#")) {
            throw ErrorClassifier.exception(ErrorClassifier.classify(answer).orElse(ErrorKind.UNRECOGNIZED),
                    "show proc", answer);
        }
        return ProcessList.parse(answer);
    }

    /**
     * One client per current worker, by pid ({@code @!<pid>}), for what must reach every worker serving new
     * connections. From 3.1 a failed reload lists the worker still running among the old workers, none as current:
     * then the old workers are the ones serving, and they are returned. The list is as of this call: after a reload,
     * ask again.
     */
    public List<HaproxyCli> everyWorker() {
        ProcessList processes = showProc();
        List<ProcessEntry> serving = processes.workers().isEmpty() ? processes.oldWorkers() : processes.workers();
        return serving.stream().map(worker -> process(worker.pid())).toList();
    }

    /**
     * Reloads HAProxy ({@code reload}): the master starts a new worker from the configuration as it is now on disk;
     * every change made at runtime (map entries, server states ...) is lost with the old worker. From 3.0 the master
     * answers how the load went ({@code Success=1} or {@code Success=0}, then its start-up log) and closes; before
     * 3.0 it closes without a word, and {@code show proc} tells: its reload counter moves, and either its failed
     * reloads or the workers' pids do.
     *
     * @throws ReloadFailedException the configuration no longer loads; the former workers keep running
     * @throws io.hapsim.client.error.ReloadInProgressException the previous reload has not finished
     */
    public ReloadResult reload() {
        ProcessList before = showProc();
        String answer;
        try {
            answer = master().execute("reload");
        } catch (CliConnectionException e) {
            if (e.failure() == ConnectionFailure.CONNECT || e.failure() == ConnectionFailure.BUSY) {
                throw e;
            }
            // before 3.0 the master executes itself again at once: the connection ends with nothing said
            answer = "";
        }
        String reply = answer;
        ErrorClassifier.masterError(reply).ifPresent(kind -> {
            throw ErrorClassifier.exception(kind, "reload", reply);
        });
        if (answer.startsWith(SUCCESS) || answer.startsWith(FAILURE)) {
            List<String> log = startupLog(answer);
            if (answer.startsWith(FAILURE)) {
                throw new ReloadFailedException("the reload failed: " + firstAlert(log), log);
            }
            ProcessList after = showProc();
            return new ReloadResult(log, newWorker(before, after), after);
        }
        if (!answer.isBlank()) {
            throw ErrorClassifier.exception(ErrorClassifier.classify(answer).orElse(ErrorKind.UNRECOGNIZED), "reload",
                    answer);
        }
        ProcessList after = awaitReloadCount(before.master().reloads() + 1);
        if (after.failedReloads() > before.failedReloads()) {
            throw new ReloadFailedException("the reload failed (the master's failed reloads went from "
                    + before.failedReloads() + " to " + after.failedReloads() + "); before 3.0 only HAProxy's log "
                    + "says why", List.of());
        }
        return new ReloadResult(List.of(), newWorker(before, after), after);
    }

    /** The log lines after {@code Success=N} and {@code --}. */
    private static List<String> startupLog(String answer) {
        List<String> lines = Arrays.asList(answer.split("\n"));
        int separator = lines.indexOf("--");
        return separator < 0 ? List.of() : lines.subList(separator + 1, lines.size()).stream()
                .filter(line -> !line.isEmpty()).toList();
    }

    private static String firstAlert(List<String> log) {
        return log.stream().filter(line -> line.contains("ALERT")).findFirst()
                .orElse(log.isEmpty() ? "no start-up log" : log.get(log.size() - 1));
    }

    /** The current worker that was not there before, if exactly one is new. */
    private static OptionalLong newWorker(ProcessList before, ProcessList after) {
        Set<Long> former = before.workers().stream().map(ProcessEntry::pid).collect(Collectors.toSet());
        List<Long> fresh = after.workers().stream().map(ProcessEntry::pid).filter(pid -> !former.contains(pid))
                .toList();
        return fresh.size() == 1 ? OptionalLong.of(fresh.get(0)) : OptionalLong.empty();
    }

    /**
     * {@code show proc} once the master counts {@code reloads} reloads. A master before 3.0 closes the connection
     * before it executes itself again, so for a moment it may not answer, or still show the former count: it is
     * asked again until the read timeout has passed.
     */
    private ProcessList awaitReloadCount(int reloads) {
        long deadline = System.nanoTime() + options.readTimeout().toNanos();
        HaproxyException last = null;
        while (System.nanoTime() < deadline) {
            try {
                ProcessList now = showProc();
                if (now.master().reloads() >= reloads) {
                    return now;
                }
            } catch (CliConnectionException e) {
                last = e;
            }
            try {
                Thread.sleep(RELOAD_POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new HaproxyException("interrupted while waiting for the reload", e);
            }
        }
        throw new HaproxyException("the master did not count the reload within " + options.readTimeout().toMillis()
                + " ms", last);
    }

    @Override
    public String toString() {
        return "MasterCli[" + address + "]";
    }
}
