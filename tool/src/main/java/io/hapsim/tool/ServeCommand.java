package io.hapsim.tool;

import io.hapsim.simulator.Simulator;
import io.hapsim.simulator.config.ConfigException;
import io.hapsim.simulator.config.ListenAddress;
import io.hapsim.simulator.config.ListenAddressParser;
import io.hapsim.simulator.control.ControlServer;
import io.hapsim.simulator.control.Instance;
import io.hapsim.simulator.control.InstanceSockets;
import io.hapsim.simulator.fault.FaultRuleSpec;
import io.hapsim.simulator.master.MasterWorker;
import io.hapsim.simulator.transport.Endpoint;
import io.hapsim.simulator.transport.ListenException;
import io.hapsim.simulator.version.VersionProfile;
import io.hapsim.simulator.version.VersionProfiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * {@code hapsim serve}: runs one simulator, or several ({@code --instances}), until interrupted (SIGINT/SIGTERM
 * remove their socket files) or stopped over the control API ({@code --control}).
 */
final class ServeCommand {

    private ServeCommand() {
    }

    /** Runs until the process is stopped; returns an exit code only when the simulator cannot start. */
    static int run(List<String> args) throws InterruptedException {
        ServeOptions options;
        try {
            options = ServeOptions.parse(args);
        } catch (ServeOptions.UsageException e) {
            System.err.println("hapsim serve: " + e.getMessage() + "\nTry 'hapsim serve --help'.");
            return ExitCodes.USAGE;
        }
        if (options.help) {
            System.out.print(ServeOptions.usage());
            return ExitCodes.OK;
        }
        VersionProfile profile = VersionProfiles.get(options.version);
        if (options.masterSocket != null) {
            return serveMasterWorker(options, profile);
        }
        List<Instance> instances = new ArrayList<>();
        CountDownLatch stopped = new CountDownLatch(1);
        ControlServer control = null;
        try {
            Simulator.Builder settings = builder(options, profile);
            for (int id = 1; id <= options.instances; id++) {
                Instance instance = Instance.start(id, settings.copy().placeSockets(InstanceSockets.of(id)));
                instances.add(instance);
                options.faults.forEach(rule -> FaultRuleSpec.arm(instance.simulator().faults(), rule));
            }
            if (options.control != null) {
                control = ControlServer.start(options.control.host(), options.control.port(),
                        options.controlAnyAddress, instances, stopped::countDown);
            }
        } catch (ConfigException e) {
            instances.forEach(Instance::close);
            printAlerts(e, options.config);
            return ExitCodes.HAPROXY_ERROR;
        } catch (ListenException | UncheckedIOException | IllegalArgumentException e) {
            instances.forEach(Instance::close);
            System.err.println("hapsim: " + e.getMessage());
            return ExitCodes.HAPROXY_ERROR;
        }
        ControlServer controlServer = control;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (controlServer != null) {
                controlServer.close();
            }
            instances.forEach(Instance::close);
            stopped.countDown();
        }, "hapsim-shutdown"));
        System.out.print(banner(instances, profile, control));
        System.out.flush();
        stopped.await(); // SIGINT/SIGTERM, or the control API's POST /shutdown
        return ExitCodes.OK;
    }

    /** {@code --master-socket}: a master and its worker, until the process is stopped. */
    private static int serveMasterWorker(ServeOptions options, VersionProfile profile) throws InterruptedException {
        MasterWorker haproxy;
        try {
            MasterWorker.Builder builder = MasterWorker.builder().version(profile.label())
                    .masterSocket(options.masterSocket, options.masterLevel)
                    .worker(worker -> configure(worker, options));
            configFile(options).ifPresent(builder::config);
            if (options.loadTime != null) {
                builder.loadTime(options.loadTime);
            }
            if (options.restartTime != null) {
                builder.restartTime(options.restartTime);
            }
            haproxy = builder.start();
        } catch (ConfigException e) {
            printAlerts(e, options.config);
            return ExitCodes.HAPROXY_ERROR;
        } catch (ListenException | UncheckedIOException | IllegalArgumentException e) {
            System.err.println("hapsim: " + e.getMessage());
            return ExitCodes.HAPROXY_ERROR;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            haproxy.close();
            stopped.countDown();
        }, "hapsim-shutdown"));
        StringBuilder banner = new StringBuilder("hapsim: simulating HAProxy ").append(profile.label()).append(" (")
                .append(profile.version()).append(") in master-worker mode\n")
                .append("master CLI on unix:").append(haproxy.masterSocket()).append(" (level ")
                .append(options.masterLevel.word()).append(", pid ").append(haproxy.masterPid()).append(")\n");
        System.out.print(banner);
        System.out.flush();
        banner.setLength(0);
        haproxy.awaitLoad(); // from 3.1 the first worker loads the configuration while the master answers
        for (Endpoint endpoint : haproxy.worker().endpoints()) {
            banner.append("worker ").append(haproxy.workerPid()).append(" listening on ").append(endpoint)
                    .append('\n');
        }
        banner.append("try: echo \"@1 show info\" | socat ").append(haproxy.masterSocket()).append(" -\n");
        System.out.print(banner);
        System.out.flush();
        stopped.await();
        return ExitCodes.OK;
    }

    private static Simulator.Builder builder(ServeOptions options, VersionProfile profile) {
        Simulator.Builder builder = configure(Simulator.builder().version(profile.label()), options);
        configFile(options).ifPresent(builder::config);
        return builder;
    }

    /** The configuration to serve: {@code -f}'s, else the embedded default unless sockets or maps are given. */
    private static Optional<Path> configFile(ServeOptions options) {
        if (options.config != null) {
            return Optional.of(options.config);
        }
        if (!options.sockets.isEmpty() || !options.tcp.isEmpty() || !options.maps.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(DefaultConfig.unpack());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The options that shape one simulated process, whatever serves it. */
    private static Simulator.Builder configure(Simulator.Builder builder, ServeOptions options) {
        builder.nonInteractiveClose(options.nonInteractiveClose)
                .serveTls(options.serveTls)
                .journal(options.journalSettings())
                .onFatalError(error -> {
                    fatalError = error.getClass().getName();
                    EXIT_ON_FATAL_ERROR.start();
                });
        for (String map : options.maps) {
            int colon = map.lastIndexOf(':');
            boolean typed = colon > 0 && !map.substring(colon + 1).contains("/");
            builder.map(Path.of(typed ? map.substring(0, colon) : map), typed ? map.substring(colon + 1) : "str");
        }
        options.sockets.forEach(path -> builder.socket(path, options.level));
        for (String address : options.tcp) {
            for (ListenAddress parsed : ListenAddressParser.parseAllowingAnyPort(address)) {
                builder.tcp(parsed.host(), parsed.port(), options.level);
            }
        }
        if (options.bufferSize != null) {
            builder.bufferSize(options.bufferSize);
        }
        return builder;
    }

    /**
     * A simulator that cannot serve (out of memory: {@code fatalError} names the error) must not stay up with its
     * sockets open and its clients hanging: the process exits, and the shutdown hook still closes the sockets. Made
     * before it is needed, since by then memory is short, and run on a thread of its own, since the caller may be
     * the event loop the hook waits for.
     */
    private static volatile String fatalError;
    private static final Thread EXIT_ON_FATAL_ERROR = new Thread(() -> {
        try {
            System.err.println("hapsim: " + fatalError + ": cannot serve any more, exiting");
        } finally {
            System.exit(ExitCodes.INTERNAL);
        }
    }, "hapsim-exit");

    /** A refused configuration, told as HAProxy tells it (scripts that look for its alerts find them). */
    private static void printAlerts(ConfigException refusal, Path config) {
        String alert = "[ALERT]    (" + ProcessHandle.current().pid() + ") : config : ";
        StringBuilder text = new StringBuilder();
        refusal.refusal(config).forEach(line -> text.append(alert).append(line).append('\n'));
        System.err.print(text);
    }

    /**
     * What serve prints once it listens (plain concatenation: a Formatter costs a cold start milliseconds): each
     * instance's sockets (prefixed with the instance's id when there are several), the fault rules armed on each
     * ({@code --fault}), and the control API's address
     * with the port it got, for scripts that start serve with {@code --control 127.0.0.1:0}.
     */
    private static String banner(List<Instance> instances, VersionProfile profile, ControlServer control) {
        StringBuilder text = new StringBuilder("hapsim: simulating HAProxy ").append(profile.label()).append(" (")
                .append(profile.version()).append(')');
        if (instances.size() > 1) {
            text.append(", ").append(instances.size()).append(" instances");
        }
        text.append('\n');
        for (Instance instance : instances) {
            String prefix = instances.size() > 1 ? "instance " + instance.id() + ": " : "";
            for (Endpoint endpoint : instance.simulator().endpoints()) {
                text.append(prefix).append("listening on ").append(endpoint).append('\n');
            }
            for (Endpoint endpoint : instance.simulator().tlsEndpoints()) {
                text.append(prefix).append("serving TLS on ").append(endpoint.address()).append('\n');
            }
        }
        instances.get(0).simulator().faults().rules().forEach(rule ->
                text.append("fault armed: ").append(rule.description()).append('\n'));
        if (control != null) {
            text.append("control API on ").append(control.url()).append(" (try: curl ").append(control.url())
                    .append("/simulators)\n");
        }
        instances.get(0).simulator().endpoints().stream().filter(Endpoint::isUnix).findFirst().ifPresent(endpoint ->
                text.append("try: echo \"show info\" | socat ").append(endpoint.path()).append(" -\n"));
        return text.toString();
    }
}
