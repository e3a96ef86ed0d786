package io.hapsim.tool;

import io.hapsim.simulator.Simulator;
import io.hapsim.simulator.config.ListenAddress;
import io.hapsim.simulator.session.AccessLevel;
import io.hapsim.simulator.session.NonInteractiveClose;
import io.hapsim.simulator.transport.Endpoint;
import io.hapsim.simulator.transport.ListenException;
import io.hapsim.simulator.version.VersionProfile;
import io.hapsim.simulator.version.VersionProfiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hapsim serve}: runs a simulator until interrupted (SIGINT/SIGTERM remove its socket files). */
@Command(name = "serve",
        description = "Run a simulated HAProxy Runtime API until interrupted.")
final class ServeCommand implements Callable<Integer> {

    // not mixinStandardHelpOptions: its -V/--version would take the place of the profile's --version
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = "--version", paramLabel = "VERSION", defaultValue = "3.0",
            description = "HAProxy version profile: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            completionCandidates = ProfileLabels.class)
    String version;

    @Option(names = {"-f", "--config"}, paramLabel = "FILE",
            description = "A real haproxy.cfg: its stats sockets, stats timeout, tune.bufsize, maps and ACLs.")
    Path config;

    @Option(names = "--socket", paramLabel = "PATH", description = "Also listen on this UNIX socket.")
    List<Path> sockets = new ArrayList<>();

    @Option(names = "--tcp", paramLabel = "HOST:PORT", description = "Also listen on this TCP address.")
    List<String> tcp = new ArrayList<>();

    @Option(names = "--map", paramLabel = "FILE[:TYPE]",
            description = "Also load this map, as a map_TYPE converter would (TYPE: str (default), beg, sub, dir, dom,"
                    + " end, reg, ip, int).")
    List<String> maps = new ArrayList<>();

    @Option(names = "--level", paramLabel = "LEVEL", defaultValue = "admin",
            description = "Level of the sockets added by --socket/--tcp: user, operator, admin (default: ${DEFAULT-VALUE}).")
    String level;

    @Option(names = "--bufsize", paramLabel = "BYTES", description = "tune.bufsize (default: the config's, or 16384).")
    Integer bufferSize;

    @Option(names = "--nonint-close", paramLabel = "real|never|after=N", defaultValue = "real",
            converter = NonInteractiveCloseConverter.class,
            description = "How 2.4-2.8 end a non-interactive connection between commands: as real HAProxy (when"
                    + " the input buffer is empty after a command: a race), never, or after the N-th command"
                    + " (default: ${DEFAULT-VALUE}).")
    NonInteractiveClose nonInteractiveClose;

    @Override
    public Integer call() throws InterruptedException, IOException {
        VersionProfile profile = VersionProfiles.get(version);
        AccessLevel accessLevel = AccessLevel.parse(level);
        Simulator.Builder builder = Simulator.builder().version(profile.label())
                .nonInteractiveClose(nonInteractiveClose);
        if (config != null) {
            builder.config(config);
        } else if (sockets.isEmpty() && tcp.isEmpty() && maps.isEmpty()) {
            builder.config(DefaultConfig.unpack());
        }
        for (String map : maps) {
            int colon = map.lastIndexOf(':');
            boolean typed = colon > 0 && !map.substring(colon + 1).contains("/");
            builder.map(Path.of(typed ? map.substring(0, colon) : map), typed ? map.substring(colon + 1) : "str");
        }
        sockets.forEach(path -> builder.socket(path, accessLevel));
        for (String address : tcp) {
            ListenAddress parsed = ListenAddress.parse(address);
            builder.tcp(parsed.host(), parsed.port(), accessLevel);
        }
        if (bufferSize != null) {
            builder.bufferSize(bufferSize);
        }
        Simulator simulator;
        try {
            simulator = builder.start();
        } catch (ListenException e) {
            System.err.println("hapsim: " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }, "hapsim-shutdown"));

        System.out.printf("hapsim: simulating HAProxy %s (%s)%n", profile.label(), profile.version());
        for (Endpoint endpoint : simulator.endpoints()) {
            System.out.println("listening on " + endpoint);
        }
        simulator.endpoints().stream().filter(Endpoint::isUnix).findFirst().ifPresent(endpoint ->
                System.out.printf("try: echo \"show info\" | socat %s -%n", endpoint.path()));
        System.out.flush();
        stopped.await();
        return 0;
    }

    static final class NonInteractiveCloseConverter implements CommandLine.ITypeConverter<NonInteractiveClose> {
        @Override
        public NonInteractiveClose convert(String value) {
            try {
                return NonInteractiveClose.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** The profile labels, for --help. */
    static final class ProfileLabels extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        ProfileLabels() {
            super(VersionProfiles.labels());
        }
    }
}
