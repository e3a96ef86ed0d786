package io.hapsim.simulator.config;

import io.hapsim.simulator.session.AccessLevel;
import io.hapsim.simulator.session.SeverityOutput;
import io.hapsim.simulator.version.AddressSyntax;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one {@code stats socket} line of the global section as HAProxy does: the address, then its options, the
 * first refused one ending the line with HAProxy's message. Options the simulator has no use for are skipped.
 */
final class StatsSocketLine {

    private static final Logger LOG = LoggerFactory.getLogger(StatsSocketLine.class);
    /** Options that take one argument and change nothing the simulator shows. */
    private static final Set<String> IGNORED_OPTIONS_WITH_ARGUMENT = Set.of("process", "name", "maxconn", "backlog",
            "nice", "id", "thread", "expose-fd", "interface", "namespace", "tcp-ut", "mss", "label");

    private final String where;
    private final List<String> words;
    private AccessLevel level = AccessLevel.OPERATOR;
    private SeverityOutput severity = SeverityOutput.NONE;
    private SocketFileAccess fileAccess = SocketFileAccess.NONE;

    private StatsSocketLine(String where, List<String> words) {
        this.where = where;
        this.words = words;
    }

    /**
     * The sockets of a line ({@code words} from {@code stats}), one per port of a port range.
     *
     * @param where {@code parsing [FILE:LINE] : }, as HAProxy starts its messages about the line
     * @throws IllegalArgumentException with HAProxy's message when it refuses the line
     */
    static List<StatsSocket> read(String where, List<String> words, AddressSyntax syntax) {
        return new StatsSocketLine(where, words).read(syntax);
    }

    private List<StatsSocket> read(AddressSyntax syntax) {
        if (argument(1).isEmpty()) { // the address, after "socket"
            throw new IllegalArgumentException(where + "'stats socket' in global section expects an address or a path"
                    + " to a UNIX socket");
        }
        List<ListenAddress> addresses;
        try {
            addresses = ListenAddressParser.parse(words.get(2), syntax);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + where + "'stats socket' : " + e.getMessage() + "\n");
        }
        for (int i = 3; i < words.size(); i++) {
            try {
                i += option(words.get(i), argument(i));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + "'stats socket' : '" + e.getMessage() + "'");
            }
        }
        List<StatsSocket> sockets = new ArrayList<>();
        addresses.forEach(address -> sockets.add(new StatsSocket(address, level, severity, fileAccess)));
        return sockets;
    }

    /** The word after the one at {@code index} ("" past the end, as HAProxy's argument array reads). */
    private String argument(int index) {
        return index + 1 < words.size() ? words.get(index + 1) : "";
    }

    /** Applies one option; returns how many arguments it took. */
    private int option(String option, String argument) {
        switch (option) {
            case "level" -> level = level(argument);
            case "severity-output" -> severity = severity(argument);
            case "mode" -> fileAccess = fileAccess.withMode(mode(argument));
            case "uid" -> fileAccess = fileAccess.withOwner(byId(option, argument, UserPrincipal.class));
            case "gid" -> fileAccess = fileAccess.withGroup(byId(option, argument, GroupPrincipal.class));
            case "user" -> fileAccess = fileAccess.withOwner(byName(option, argument, "user", UserPrincipal.class));
            case "group" -> fileAccess = fileAccess.withGroup(byName(option, argument, "group",
                    GroupPrincipal.class));
            default -> {
                if (IGNORED_OPTIONS_WITH_ARGUMENT.contains(option)) {
                    return 1;
                }
                LOG.debug("{}stats socket option '{}' ignored", where, option);
                return 0;
            }
        }
        return 1;
    }

    private static AccessLevel level(String argument) {
        if (argument.isEmpty()) {
            throw new IllegalArgumentException("'level' : missing level");
        }
        for (AccessLevel level : AccessLevel.values()) {
            if (level.word().equals(argument)) {
                return level;
            }
        }
        throw new IllegalArgumentException("'level' only supports 'user', 'operator', and 'admin' (got '" + argument
                + "')");
    }

    private static SeverityOutput severity(String argument) {
        if (argument.isEmpty()) {
            throw new IllegalArgumentException("'severity-output' : missing severity format");
        }
        for (SeverityOutput severity : SeverityOutput.values()) {
            if (severity.name().toLowerCase(Locale.ROOT).equals(argument)) {
                return severity;
            }
        }
        throw new IllegalArgumentException("'severity-output' only supports 'none', 'number', and 'string' (got '"
                + argument + "')");
    }

    /** An octal mode as C's strtol reads it, every character used. */
    private static int mode(String argument) {
        CNumber number = CNumber.read(argument, 8);
        if (!number.whole()) {
            throw new IllegalArgumentException("'mode' : missing or invalid mode '" + argument
                    + "' (octal integer expected)");
        }
        return (int) number.value();
    }

    /** {@code uid}/{@code gid}: a number as C's atol reads it (its leading digits); -1 leaves the id as it is. */
    private static <T extends UserPrincipal> T byId(String option, String argument, Class<T> type) {
        if (argument.isEmpty()) {
            throw new IllegalArgumentException("'" + option + "' : missing value");
        }
        int id = (int) CNumber.read(argument, 10).value();
        if (id == -1) {
            return null;
        }
        return lookup(Integer.toString(id), type);
    }

    /** {@code user}/{@code group}: an account name, looked up as getpwnam/getgrnam do. */
    private static <T extends UserPrincipal> T byName(String option, String argument, String kind, Class<T> type) {
        if (argument.isEmpty()) {
            throw new IllegalArgumentException("'" + option + "' : missing " + kind + " name");
        }
        // the JDK's look-up takes an unknown all-digit name as a number; HAProxy's does not
        T found = argument.chars().allMatch(Character::isDigit) ? null : lookup(argument, type);
        if (found == null) {
            throw new IllegalArgumentException("'" + option + "' : unknown " + kind + " name '" + argument + "'");
        }
        return found;
    }

    private static <T extends UserPrincipal> T lookup(String name, Class<T> type) {
        UserPrincipalLookupService accounts = FileSystems.getDefault().getUserPrincipalLookupService();
        try {
            return type.cast(type == GroupPrincipal.class ? accounts.lookupPrincipalByGroupName(name)
                    : accounts.lookupPrincipalByName(name));
        } catch (IOException e) {
            return null;
        }
    }
}
