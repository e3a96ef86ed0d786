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
import java.util.Set;
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
    private static final Set<String> SECTIONS = Set.of("global", "defaults", "frontend", "backend", "listen",
            "peers", "resolvers", "userlist", "mailers", "program", "http-errors", "ring", "cache", "log-forward",
            "crt-store", "traces", "acme");

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
        AddressSyntax syntax = profile.addressSyntax();
        List<StatsSocket> sockets = new ArrayList<>();
        List<String> alerts = new ArrayList<>();
        Duration statsTimeout = HaproxyConfig.DEFAULT_STATS_TIMEOUT;
        int bufferSize = HaproxyConfig.DEFAULT_BUFFER_SIZE;
        String section = "";
        int lineNumber = 0;
        for (String line : text.split("\n", -1)) {
            lineNumber++;
            List<String> words = ConfigLine.words(line);
            if (words.isEmpty()) {
                continue;
            }
            String keyword = words.get(0);
            if (SECTIONS.contains(keyword)) {
                section = keyword;
                continue;
            }
            String where = "parsing [" + (file == null ? "config" : file.toString()) + ":" + lineNumber + "] : ";
            try {
                if (section.equals("global") && keyword.equals("stats") && argument(words, 1).equals("socket")) {
                    sockets.addAll(StatsSocketLine.read(where, words, syntax));
                } else if (section.equals("global") && keyword.equals("stats")
                        && argument(words, 1).equals("timeout")) {
                    statsTimeout = statsTimeout(where, argument(words, 2));
                } else if (section.equals("global") && keyword.equals("tune.bufsize")) {
                    bufferSize = bufferSize(where, argument(words, 1), profile.sizeSyntax());
                } else if ((section.equals("frontend") || section.equals("listen")) && keyword.equals("bind")) {
                    checkBind(where, argument(words, 1), syntax);
                } else {
                    LOG.debug("{}'{}' ignored", where, keyword);
                }
            } catch (IllegalArgumentException e) {
                alerts.add(e.getMessage());
            }
        }
        if (!alerts.isEmpty()) {
            throw new ConfigException(alerts);
        }
        return new HaproxyConfig(file, sockets, statsTimeout, bufferSize);
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
     * Checks the addresses of a proxy's {@code bind} line: the simulator serves no proxy traffic, but HAProxy
     * refuses a configuration whose addresses it cannot use.
     */
    private static void checkBind(String where, String addresses, AddressSyntax syntax) {
        if (addresses.isEmpty()) {
            throw new IllegalArgumentException(where
                    + "'bind' expects {<path>|[addr1]:port1[-end1]}{,[addr]:port[-end]}... as arguments.");
        }
        for (String address : addresses.split(",")) {
            if (!address.isEmpty()) {
                ListenAddressParser.check(address, syntax).ifPresent(error -> {
                    throw new IllegalArgumentException(where + "'bind' : " + error);
                });
            }
        }
    }
}
