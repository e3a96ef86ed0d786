package io.hapsim.simulator.config;

import io.hapsim.simulator.session.AccessLevel;
import io.hapsim.simulator.session.SeverityOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the parts of a real haproxy.cfg the CLI depends on. Everything else is accepted and ignored (logged at
 * debug level), so that a production configuration can be used as it is.
 */
public final class ConfigParser {

    private static final Logger LOG = LoggerFactory.getLogger(ConfigParser.class);
    private static final Set<String> SECTIONS = Set.of("global", "defaults", "frontend", "backend", "listen",
            "peers", "resolvers", "userlist", "mailers", "program", "http-errors", "ring", "cache", "log-forward",
            "crt-store", "traces", "acme");
    /** {@code stats socket} options that take one argument (other than level and severity-output). */
    private static final Set<String> SOCKET_OPTIONS_WITH_ARGUMENT = Set.of("mode", "uid", "gid", "user", "group",
            "process", "name", "maxconn", "backlog", "nice", "id", "thread", "expose-fd", "interface", "namespace",
            "tcp-ut", "mss", "label");

    private ConfigParser() {
    }

    public static HaproxyConfig parse(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.ISO_8859_1), file);
    }

    /** Parses configuration text; {@code file} is the name the configuration is known by (may be null). */
    public static HaproxyConfig parse(String text, Path file) {
        List<StatsSocket> sockets = new ArrayList<>();
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
            if (!section.equals("global")) {
                continue;
            }
            String where = (file == null ? "config" : file.toString()) + ":" + lineNumber;
            if (keyword.equals("stats") && words.size() > 2 && words.get(1).equals("socket")) {
                sockets.add(statsSocket(words, where));
            } else if (keyword.equals("stats") && words.size() > 2 && words.get(1).equals("timeout")) {
                statsTimeout = TimeValue.parse(words.get(2), "ms").filter(d -> !d.isZero())
                        .orElseThrow(() -> new IllegalArgumentException(where + ": invalid stats timeout"));
            } else if (keyword.equals("tune.bufsize") && words.size() > 1) {
                bufferSize = Integer.parseInt(words.get(1));
            } else {
                LOG.debug("{}: '{}' ignored", where, keyword);
            }
        }
        return new HaproxyConfig(file, sockets, statsTimeout, bufferSize);
    }

    private static StatsSocket statsSocket(List<String> words, String where) {
        ListenAddress address = ListenAddress.parse(words.get(2));
        AccessLevel level = AccessLevel.OPERATOR;
        SeverityOutput severity = SeverityOutput.NONE;
        for (int i = 3; i < words.size(); i++) {
            String option = words.get(i);
            String argument = i + 1 < words.size() ? words.get(i + 1) : "";
            if (option.equals("level")) {
                level = AccessLevel.parse(argument);
                i++;
            } else if (option.equals("severity-output")) {
                severity = SeverityOutput.valueOf(argument.toUpperCase(Locale.ROOT));
                i++;
            } else if (SOCKET_OPTIONS_WITH_ARGUMENT.contains(option)) {
                i++;
            } else {
                LOG.debug("{}: stats socket option '{}' ignored", where, option);
            }
        }
        return new StatsSocket(address, level, severity);
    }
}
