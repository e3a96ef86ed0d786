package io.hapsim.tool;

import io.hapsim.simulator.config.ListenAddress;
import io.hapsim.simulator.config.ListenAddressParser;
import io.hapsim.simulator.fault.FaultRuleSpec;
import io.hapsim.simulator.fault.FaultSpec;
import io.hapsim.simulator.fault.Faults;
import io.hapsim.simulator.journal.JournalSettings;
import io.hapsim.simulator.session.AccessLevel;
import io.hapsim.simulator.session.NonInteractiveClose;
import io.hapsim.simulator.version.VersionProfiles;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The options of {@code hapsim serve}, read by hand: a simulator's start-up is measured in milliseconds, and a
 * command-line framework built on reflection costs it a fifth of a second before the first answer (picocli's Java 5
 * class files cannot go into the JDK's class-data cache either).
 */
final class ServeOptions {

    static final String DESCRIPTION = "Run a simulated HAProxy Runtime API until interrupted.";
    private static final int DESCRIPTION_COLUMN = 30;
    private static final int WIDTH = 100;

    String version = "3.0";
    Path config;
    final List<Path> sockets = new ArrayList<>();
    final List<String> tcp = new ArrayList<>();
    final List<String> maps = new ArrayList<>();
    AccessLevel level = AccessLevel.ADMIN;
    Integer bufferSize;
    NonInteractiveClose nonInteractiveClose = NonInteractiveClose.asReal();
    int instances = 1;
    /** Where the control API listens (null: it does not). */
    ListenAddress control;
    boolean controlAnyAddress;
    /** Also serve the TLS handshakes of the configuration's bind lines. */
    boolean serveTls;
    /** What the simulators' journals keep: off, on or verbatim (null: on with --control, else off). */
    String journal;
    /** The master socket of a master-worker HAProxy ({@code -S}), null for a lone process. */
    Path masterSocket;
    AccessLevel masterLevel = AccessLevel.ADMIN;
    /** How long loading the configuration takes, and the master's restart on a reload (master-worker only). */
    Duration loadTime;
    Duration restartTime;
    /** Fault rules armed on every instance at start, as text ({@code command=commit map, fault=close}). */
    final List<String> faults = new ArrayList<>();
    boolean help;

    /** One option: its names, the label of its value (null: a flag), what it does, how it is applied. */
    private record Option(List<String> names, String label, String description,
            BiConsumer<ServeOptions, String> apply) {
    }

    private static final List<Option> OPTIONS = List.of(
            new Option(List.of("--version"), "VERSION", "HAProxy version profile: "
                    + String.join(", ", VersionProfiles.labels()) + " (default: 3.0).", (o, v) -> {
                        VersionProfiles.get(v);
                        o.version = v;
                    }),
            new Option(List.of("-f", "--config"), "FILE",
                    "A real haproxy.cfg: its stats sockets, stats timeout, tune.bufsize, maps and ACLs.",
                    (o, v) -> o.config = Path.of(v)),
            new Option(List.of("--socket"), "PATH", "Also listen on this UNIX socket.",
                    (o, v) -> o.sockets.add(Path.of(v))),
            new Option(List.of("--tcp"), "HOST:PORT", "Also listen on this TCP address.", (o, v) -> o.tcp.add(v)),
            new Option(List.of("--map"), "FILE[:TYPE]", "Also load this map, as a map_TYPE converter would (TYPE:"
                    + " str (default), beg, sub, dir, dom, end, reg, ip, int).", (o, v) -> o.maps.add(v)),
            new Option(List.of("--level"), "LEVEL", "Level of the sockets added by --socket/--tcp: user, operator,"
                    + " admin (default: admin).", (o, v) -> o.level = AccessLevel.parse(v)),
            new Option(List.of("--bufsize"), "BYTES", "tune.bufsize (default: the config's, or 16384).",
                    (o, v) -> o.bufferSize = positive(v)),
            new Option(List.of("--nonint-close"), "real|never|after=N", "How 2.4-2.8 end a non-interactive"
                    + " connection between commands: as real HAProxy (when the input buffer is empty after a command:"
                    + " a race), never, or after the N-th command (default: real).",
                    (o, v) -> o.nonInteractiveClose = NonInteractiveClose.parse(v)),
            new Option(List.of("--master-socket"), "PATH[,level,LEVEL]", "Run as a master-worker HAProxy (-W -S,"
                    + " same argument): a master with its CLI on this UNIX socket (level admin unless given), and a"
                    + " worker with the configuration's sockets, reached through the master with @1 (README:"
                    + " Master-worker mode).",
                    ServeOptions::masterSocket),
            new Option(List.of("--load-time"), "DURATION", "With --master-socket: how long loading the"
                    + " configuration takes, at start and at each reload (500ms, 1.7s, 180s): from 3.1 the new worker"
                    + " loads it while the master answers and refuses other reloads, up to 3.0 the master refuses"
                    + " connections meanwhile (default: 0).", (o, v) -> o.loadTime = FaultSpec.duration(v)),
            new Option(List.of("--restart-time"), "DURATION", "With --master-socket: how long the master takes to"
                    + " execute itself again on a reload, refusing connections meanwhile (real: 50-90ms; default:"
                    + " 0).", (o, v) -> o.restartTime = FaultSpec.duration(v)),
            new Option(List.of("--instances"), "N", "Run N simulated instances, each on sockets of its own: instance"
                    + " i > 1 listens on NAME-i.EXT for a UNIX socket NAME.EXT, on port P+i-1 for a TCP port P (0"
                    + " stays 0) (default: 1).", (o, v) -> o.instances = positive(v)),
            new Option(List.of("--control"), "HOST:PORT", "Serve the control API (HTTP/JSON: reset, version switch,"
                    + " maps, servers, shutdown; docs/control-api.md) on this loopback address; port 0 picks one,"
                    + " printed at start.", (o, v) -> o.control = oneTcpAddress(v)),
            new Option(List.of("--control-any"), null, "Let --control listen on a non-loopback address (the API"
                    + " has no authentication).", (o, v) -> o.controlAnyAddress = true),
            new Option(List.of("--journal"), "off|on|verbatim", "What each simulator records of its connections"
                    + " and commands, for the control API's journal: nothing, the last 10,000 commands (8 MiB), or"
                    + " those with every byte (default: on with --control, else off).",
                    (o, v) -> o.journal = oneOf(v, "off", "on", "verbatim")),
            new Option(List.of("--fault"), "RULE", "Arm a fault rule on every instance, as the control API's"
                    + " faults take one: 'command=commit map, fault=close', 'nth=3, phase=after-answer,"
                    + " fault=reset', 'any, seed=7, chaos=0.1 stall 2s; 0.05 reset' (docs/testing-your-client.md);"
                    + " repeatable.", (o, v) -> {
                        FaultRuleSpec.arm(new Faults((socket, accepting) -> { }), v); // refused here, not later
                        o.faults.add(v);
                    }),
            new Option(List.of("--serve-tls"), null, "Also listen on the configuration's bind lines that serve"
                    + " certificates, for the TLS handshake only: a client gets the certificate and chain HAProxy"
                    + " would choose for its server name, as commits leave them, then the connection closes.",
                    (o, v) -> o.serveTls = true),
            new Option(List.of("-h", "--help"), null, "Show this help and exit.", (o, v) -> o.help = true));

    /** A word the options do not accept, said as the user should read it. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /** Reads {@code --name VALUE}, {@code --name=VALUE} and flags. */
    static ServeOptions parse(List<String> args) throws UsageException {
        ServeOptions options = new ServeOptions();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            int eq = arg.startsWith("--") ? arg.indexOf('=') : -1;
            String name = eq > 0 ? arg.substring(0, eq) : arg;
            Option option = OPTIONS.stream().filter(o -> o.names().contains(name)).findFirst()
                    .orElseThrow(() -> new UsageException("unknown option '" + arg + "'"));
            String value = null;
            if (option.label() != null) {
                if (eq > 0) {
                    value = arg.substring(eq + 1);
                } else if (i + 1 < args.size()) {
                    value = args.get(++i);
                } else {
                    throw new UsageException(name + " needs a value (" + option.label() + ")");
                }
            } else if (eq > 0) {
                throw new UsageException(name + " takes no value");
            }
            try {
                option.apply().accept(options, value);
            } catch (IllegalArgumentException e) {
                throw new UsageException("invalid value for " + name + ": " + e.getMessage());
            }
        }
        if (options.masterSocket != null && (options.instances > 1 || options.control != null
                || !options.faults.isEmpty())) {
            throw new UsageException("--master-socket does not combine with --instances, --control or --fault yet");
        }
        if (options.serveTls && (options.instances > 1 || options.masterSocket != null)) {
            throw new UsageException("--serve-tls listens on the configuration's own addresses: one process only");
        }
        if (options.masterSocket == null && (options.loadTime != null || options.restartTime != null)) {
            throw new UsageException("--load-time and --restart-time need --master-socket");
        }
        return options;
    }

    /** {@code PATH} or {@code PATH,level,LEVEL}: HAProxy's {@code -S} takes its bind options after commas. */
    private static void masterSocket(ServeOptions options, String value) {
        String[] parts = value.split(",", -1);
        options.masterSocket = Path.of(parts[0]);
        if (parts.length == 3 && parts[1].equals("level")) {
            options.masterLevel = AccessLevel.parse(parts[2]);
        } else if (parts.length != 1) {
            throw new IllegalArgumentException("'" + value + "' is not PATH or PATH,level,LEVEL");
        }
    }

    private static ListenAddress oneTcpAddress(String value) {
        List<ListenAddress> addresses = ListenAddressParser.parseAllowingAnyPort(value);
        if (addresses.size() != 1 || addresses.get(0).isUnix()) {
            throw new IllegalArgumentException("'" + value + "' is not one HOST:PORT address");
        }
        return addresses.get(0);
    }

    private static String oneOf(String value, String... allowed) {
        if (!List.of(allowed).contains(value)) {
            throw new IllegalArgumentException("expected one of " + String.join(", ", allowed) + ": '" + value + "'");
        }
        return value;
    }

    /** The journal the options ask for. */
    JournalSettings journalSettings() {
        String wanted = journal != null ? journal : control != null ? "on" : "off";
        return switch (wanted) {
            case "on" -> JournalSettings.defaults();
            case "verbatim" -> JournalSettings.defaults().keepingEverything();
            default -> JournalSettings.off(); // nobody reads it: it would only cost
        };
    }

    private static Integer positive(String value) {
        int n = Integer.parseInt(value);
        if (n <= 0) {
            throw new IllegalArgumentException("'" + value + "' is not a positive number");
        }
        return n;
    }

    static String usage() {
        StringBuilder text = new StringBuilder("Usage: hapsim serve [OPTION]...\n").append(DESCRIPTION).append("\n\n");
        for (Option option : OPTIONS) {
            String names = String.join(", ", option.names()) + (option.label() == null ? "" : " " + option.label());
            String left = (option.names().get(0).startsWith("--") ? "      " : "  ") + names;
            text.append(left);
            int column = left.length();
            if (column > DESCRIPTION_COLUMN - 2) {
                text.append('\n');
                column = 0;
            }
            for (String word : option.description().split(" ")) {
                if (column > DESCRIPTION_COLUMN && column + 1 + word.length() > WIDTH) {
                    text.append('\n');
                    column = 0;
                }
                int pad = column < DESCRIPTION_COLUMN ? DESCRIPTION_COLUMN - column : 1;
                text.append(" ".repeat(pad)).append(word);
                column += pad + word.length();
            }
            text.append('\n');
        }
        return text.toString();
    }
}
