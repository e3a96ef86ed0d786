package io.hapsim.simulator.config;

import io.hapsim.simulator.version.AddressSyntax;
import io.hapsim.simulator.version.SizeSyntax;
import io.hapsim.simulator.version.VersionProfile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the parts of a real haproxy.cfg the CLI depends on, as strictly as HAProxy reads them: what HAProxy refuses
 * is refused with its messages (all of them, in line order, like HAProxy). Everything else is accepted and ignored
 * (logged at debug level), so that a production configuration can be used as it is.
 */
public final class ConfigParser {

    private static final Logger LOG = LoggerFactory.getLogger(ConfigParser.class);
    /** Two pointers: HAProxy keeps a buffer's end aligned for them. */
    private static final int BUFFER_ALIGNMENT = 16;

    private ConfigParser() {
    }

    public static HaproxyConfig parse(Path file, VersionProfile profile) throws IOException {
        return parse(Files.readString(file, StandardCharsets.ISO_8859_1), file, profile);
    }

    /**
     * Parses configuration text as the version of {@code profile} reads it; {@code file} is the name the
     * configuration is known by (may be null).
     *
     * @throws ConfigException when HAProxy would refuse the configuration
     */
    public static HaproxyConfig parse(String text, Path file, VersionProfile profile) {
        Reading reading = new Reading(profile);
        boolean fatal = false;
        String section = "";
        for (ConfigLine.Numbered line : ConfigLine.lines(text)) {
            int lineNumber = line.number();
            List<String> words = line.words();
            if (ConfigLine.startsSection(words.get(0))) {
                section = words.get(0);
                if (section.equals("ring")) {
                    reading.rings.add(EventRing.named(argument(words, 1)));
                } else if (section.equals("resolvers")) {
                    reading.resolvers.add(new NamedSection<>(argument(words, 1), List.of()));
                } else if (section.equals("peers")) {
                    reading.peers.add(new NamedSection<>(argument(words, 1), List.of()));
                }
                continue;
            }
            String where = "parsing [" + (file == null ? "config" : file.toString()) + ":" + lineNumber + "] : ";
            try {
                if (section.equals("global")) {
                    reading.global(where, words);
                } else if (section.equals("resolvers") && words.get(0).equals("nameserver")) {
                    replaceLast(reading.resolvers, resolvers -> resolvers.with(argument(words, 1)));
                } else if (section.equals("peers") && words.get(0).equals("peer")) {
                    replaceLast(reading.peers, peers -> peers.with(new Peer(argument(words, 1), argument(words, 2))));
                } else if (section.equals("ring")) {
                    reading.ring(where, words);
                } else if ((section.equals("frontend") || section.equals("listen")) && words.get(0).equals("bind")) {
                    reading.bindListeners += checkBind(where, argument(words, 1), profile.addressSyntax());
                } else {
                    LOG.debug("{}'{}' ignored", where, words.get(0));
                }
            } catch (IllegalArgumentException e) {
                reading.alerts.add(e.getMessage());
                fatal = true;
            }
        }
        if (fatal) {
            throw new ConfigException(reading.alerts);
        }
        return new HaproxyConfig(file, reading.sockets, reading.statsTimeout, reading.bufferSize,
                new ProcessSettings(reading.nbthread, reading.maxconn, reading.node, reading.cliMaxconn,
                        reading.bindListeners, reading.chroot, reading.runsAsUser, reading.rings, reading.resolvers,
                        reading.peers, reading.maxReloads),
                reading.alerts);
    }

    /** What the lines read so far set. */
    private static final class Reading {
        private final VersionProfile profile;
        /** In line order; those that do not refuse the configuration are printed all the same. */
        private final List<String> alerts = new ArrayList<>();
        private final List<StatsSocket> sockets = new ArrayList<>();
        private Duration statsTimeout = HaproxyConfig.DEFAULT_STATS_TIMEOUT;
        private int bufferSize = HaproxyConfig.DEFAULT_BUFFER_SIZE;
        private int nbthread;
        private int maxconn;
        private String node;
        private int cliMaxconn = ProcessSettings.DEFAULT_CLI_MAXCONN;
        private int bindListeners;
        private boolean chroot;
        private boolean runsAsUser;
        private final List<EventRing> rings = new ArrayList<>();
        private final List<NamedSection<String>> resolvers = new ArrayList<>();
        private final List<NamedSection<Peer>> peers = new ArrayList<>();
        private OptionalInt maxReloads = OptionalInt.empty();

        Reading(VersionProfile profile) {
            this.profile = profile;
        }

        /** A line of the {@code ring} section being read; those that do not shape what it shows are ignored. */
        void ring(String where, List<String> words) {
            switch (words.get(0)) {
                case "description" -> replaceLast(rings, ring -> ring.describedAs(argument(words, 1)));
                case "size" -> {
                    SizeValue size = SizeValue.read(argument(words, 1));
                    if (size.unexpected() == null && size.value() > 0 && size.value() <= Integer.MAX_VALUE) {
                        replaceLast(rings, ring -> ring.sized((int) size.value()));
                    }
                }
                case "format" -> replaceLast(rings, ring -> ring.formatted(argument(words, 1)));
                default -> LOG.debug("{}'{}' ignored", where, words.get(0));
            }
        }

        void global(String where, List<String> words) {
            String keyword = words.get(0);
            String stats = keyword.equals("stats") ? argument(words, 1) : "";
            switch (stats.isEmpty() ? keyword : "stats " + stats) {
                case "stats socket" -> sockets.addAll(StatsSocketLine.read(where, words, profile.addressSyntax()));
                case "stats timeout" -> statsTimeout = statsTimeout(where, argument(words, 2));
                case "stats maxconn" -> cliMaxconn = ProcessKeywords.statsMaxconn(where, argument(words, 2));
                case "tune.bufsize" -> bufferSize = bufferSize(where, argument(words, 1), profile.sizeSyntax());
                case "nbthread" -> nbthread = ProcessKeywords.nbthread(where, argument(words, 1), profile);
                case "maxconn" -> {
                    if (maxconn != 0) {
                        alerts.add(where + "'maxconn' already specified. Continuing.");
                    } else {
                        maxconn = ProcessKeywords.maxconn(where, argument(words, 1));
                        ProcessKeywords.requireWholeMaxconn(where, argument(words, 1), profile);
                    }
                }
                case "node" -> node = ProcessKeywords.node(where, argument(words, 1));
                case "mworker-max-reloads" -> {
                    if (argument(words, 1).matches("\\d{1,9}")) {
                        maxReloads = OptionalInt.of(Integer.parseInt(argument(words, 1)));
                    }
                }
                // only whether they are set matters: they silence the start-up warnings about running as root
                case "chroot" -> chroot = true;
                case "user", "uid" -> runsAsUser = true;
                default -> LOG.debug("{}'{}' ignored", where, keyword);
            }
        }
    }

    /** The section being read is the last of its list: what one of its lines adds replaces it. */
    private static <T> void replaceLast(List<T> sections, UnaryOperator<T> change) {
        sections.set(sections.size() - 1, change.apply(sections.get(sections.size() - 1)));
    }

    /** The word at {@code index}, "" past the end (as HAProxy's argument array reads). */
    private static String argument(List<String> words, int index) {
        return index < words.size() ? words.get(index) : "";
    }

    private static Duration statsTimeout(String where, String argument) {
        TimeValue timeout = TimeValue.read(argument, TimeValue.Unit.MILLISECONDS);
        String error = switch (timeout.problem()) {
            // at the end of the text, HAProxy prints the terminating NUL, which ends its message before the quote
            case UNEXPECTED_CHARACTER -> "'stats timeout' : unexpected character '" + timeout.unexpected()
                    + (timeout.unexpected().isEmpty() ? "" : "'");
            case OVERFLOW -> "timer overflow in argument '" + argument + "' to 'stats timeout' (maximum value is"
                    + " 2147483647 ms or ~24.8 days)";
            case UNDERFLOW -> "timer underflow in argument '" + argument + "' to 'stats timeout' (minimum non-null"
                    + " value is 1 ms)";
            case NONE -> timeout.value() == 0 ? "'stats timeout' expects a positive value" : null;
        };
        if (error != null) {
            throw new IllegalArgumentException(where + error);
        }
        String warning = timeout.ignoredTextWarning(argument);
        if (warning != null) {
            LOG.warn("{}", warning.strip());
        }
        return Duration.ofMillis(timeout.value());
    }

    /** {@code tune.bufsize}, rounded up to a multiple of 16 bytes as HAProxy rounds it (into a C int). */
    private static int bufferSize(String where, String argument, SizeSyntax syntax) {
        String keyword = "'tune.bufsize' ";
        if (argument.isEmpty()) {
            throw new IllegalArgumentException(where + keyword + "expects an integer argument"
                    + (syntax == SizeSyntax.ATOL ? "." : ""));
        }
        long size;
        if (syntax == SizeSyntax.ATOL) {
            size = (int) CNumber.read(argument, 10).value();
        } else {
            SizeValue read = SizeValue.read(argument);
            if (read.unexpected() != null) {
                throw new IllegalArgumentException(where + "unexpected '" + read.unexpected()
                        + "' after size passed to 'tune.bufsize'");
            }
            if ((int) read.value() > Integer.MAX_VALUE - BUFFER_ALIGNMENT) {
                throw new IllegalArgumentException(where + keyword + "expects a size in bytes from 0 to "
                        + (Integer.MAX_VALUE - BUFFER_ALIGNMENT) + ".");
            }
            size = (int) read.value();
        }
        int rounded = (int) ((size + BUFFER_ALIGNMENT - 1) & -BUFFER_ALIGNMENT);
        if (rounded <= 0) {
            throw new IllegalArgumentException(where + keyword + "expects a positive integer argument.");
        }
        return rounded;
    }

    /**
     * Checks the addresses of a proxy's {@code bind} line, and counts the listeners they make: the simulator serves
     * no proxy traffic, but HAProxy refuses a configuration whose addresses it cannot use.
     */
    private static int checkBind(String where, String addresses, AddressSyntax syntax) {
        if (addresses.isEmpty()) {
            throw new IllegalArgumentException(where
                    + "'bind' expects {<path>|[addr1]:port1[-end1]}{,[addr]:port[-end]}... as arguments.");
        }
        int listeners = 0;
        for (String address : addresses.split(",")) {
            if (!address.isEmpty()) {
                try {
                    listeners += ListenAddressParser.checkBind(address, syntax);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(where + "'bind' : " + e.getMessage(), e);
                }
            }
        }
        return listeners;
    }
}
