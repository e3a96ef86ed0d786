package io.hapsim.simulator.config;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import io.hapsim.simulator.version.AddressSyntax;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a listening address as HAProxy reads those of {@code stats socket} and {@code bind}: an optional family
 * prefix, then a UNIX path or a host and a port (or port range), refused with HAProxy's own message when HAProxy
 * refuses it. A host that is not an address literal is resolved, in the family the prefix asks for.
 */
public final class ListenAddressParser {

    /** The longest UNIX socket path HAProxy takes: sun_path less the room for its ".PID.tmp" temporary name. */
    static final int MAX_UNIX_PATH = 97;
    private static final int MAX_PORT = 65535;
    private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9._-]+");

    private enum Family { UNIX, INET, INET4, INET6, OTHER }

    private record Prefix(String text, Family family) {
    }

    /** HAProxy's address prefixes; those of families hapsim cannot listen on are {@link Family#OTHER}. */
    private static final List<Prefix> PREFIXES = List.of(
            new Prefix("unix@", Family.UNIX), new Prefix("uxst@", Family.UNIX), new Prefix("uxdg@", Family.OTHER),
            new Prefix("abns@", Family.OTHER), new Prefix("abnsz@", Family.OTHER), new Prefix("ip@", Family.INET),
            new Prefix("ipv4@", Family.INET4), new Prefix("ipv6@", Family.INET6), new Prefix("tcp@", Family.INET),
            new Prefix("tcp4@", Family.INET4), new Prefix("tcp6@", Family.INET6), new Prefix("udp@", Family.OTHER),
            new Prefix("udp4@", Family.OTHER), new Prefix("udp6@", Family.OTHER), new Prefix("quic4@", Family.OTHER),
            new Prefix("quic6@", Family.OTHER), new Prefix("fd@", Family.OTHER), new Prefix("sockpair@", Family.OTHER),
            new Prefix("rhttp@", Family.OTHER), new Prefix("mptcp@", Family.OTHER),
            new Prefix("mptcp4@", Family.OTHER), new Prefix("mptcp6@", Family.OTHER));

    private final AddressSyntax syntax;
    private final int lowestPort;

    private ListenAddressParser(AddressSyntax syntax, int lowestPort) {
        this.syntax = syntax;
        this.lowestPort = lowestPort;
    }

    /**
     * The addresses a {@code stats socket} line listens on (one per port of a range).
     *
     * @throws IllegalArgumentException with HAProxy's message if HAProxy refuses the address, or hapsim's if it
     *                                  names a family hapsim does not listen on (abstract, inherited, datagram)
     */
    public static List<ListenAddress> parse(String text, AddressSyntax syntax) {
        return new ListenAddressParser(syntax, 1).read(text, true);
    }

    /** As {@link #parse}, with port 0 accepted (any free port), for hapsim's own options. */
    public static List<ListenAddress> parseAllowingAnyPort(String text) {
        return new ListenAddressParser(AddressSyntax.STRICT_PORTS, 0).read(text, true);
    }

    /**
     * Checks a {@code bind} address (one of a comma-separated list) as HAProxy does, and counts the listeners it
     * makes (one per port). Families hapsim does not listen on are taken as they are, as one listener.
     *
     * @throws IllegalArgumentException with HAProxy's message when it refuses the address
     */
    public static int checkBind(String text, AddressSyntax syntax) {
        try {
            List<ListenAddress> addresses = new ListenAddressParser(syntax, 1).read(text, false);
            return addresses.isEmpty() ? 1 : addresses.size();
        } catch (IllegalArgumentException e) {
            // a bind line's alert is one line, even on 2.8
            throw new IllegalArgumentException(e.getMessage().strip(), e);
        }
    }

    private List<ListenAddress> read(String text, boolean listening) {
        String rest = expandVariables(text);
        if (rest.isEmpty()) {
            throw new IllegalArgumentException("'" + text + "' resolves to an empty address (environment variable"
                    + " missing?)" + syntax.oldLineFeed());
        }
        for (String type : List.of("stream+", "dgram+", "quic+")) {
            if (rest.startsWith(type)) {
                rest = rest.substring(type.length());
                break;
            }
        }
        Family family = rest.startsWith("/") ? Family.UNIX : Family.INET;
        for (Prefix prefix : PREFIXES) {
            if (rest.startsWith(prefix.text())) {
                family = prefix.family();
                rest = rest.substring(prefix.text().length());
                break;
            }
        }
        if (family == Family.OTHER) {
            if (listening) {
                throw new IllegalArgumentException("hapsim listens on UNIX paths and IPv4/IPv6 addresses only, not on '"
                        + text + "'");
            }
            return List.of();
        }
        if (family == Family.UNIX) {
            if (rest.length() > MAX_UNIX_PATH) {
                throw new IllegalArgumentException("socket path '" + text + "' too long (max " + MAX_UNIX_PATH + ")"
                        + syntax.oldLineFeed());
            }
            return List.of(ListenAddress.unix(Path.of(rest)));
        }
        int separator = portSeparator(rest);
        String host = separator < 0 ? rest : rest.substring(0, separator);
        int[] ports = ports(separator < 0 ? "" : rest.substring(separator + 1), text);
        String address = address(host, family).orElseThrow(() -> new IllegalArgumentException(
                "invalid address: '" + host + "' in '" + text + "'" + syntax.oldLineFeed()));
        List<ListenAddress> addresses = new ArrayList<>();
        for (int port = ports[0]; port <= ports[1]; port++) {
            addresses.add(ListenAddress.tcp(address, port));
        }
        return addresses;
    }

    /**
     * HAProxy's second expansion of an address: each {@code $} starts a variable name ({@code $NAME} or {@code
     * ${NAME}}, closing brace optional), replaced by its value or by nothing.
     */
    static String expandVariables(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i++);
            if (c != '$') {
                out.append(c);
                continue;
            }
            boolean braced = i < text.length() && text.charAt(i) == '{';
            int start = braced ? i + 1 : i;
            int end = start;
            while (end < text.length() && ConfigLine.isNameCharacter(text.charAt(end))) {
                end++;
            }
            String value = end > start ? System.getenv(text.substring(start, end)) : null;
            out.append(value == null ? "" : value);
            i = braced && end < text.length() && text.charAt(end) == '}' ? end + 1 : end;
        }
        return out.toString();
    }

    /** Where the port starts: the last colon, unless a closing bracket comes after it. */
    private static int portSeparator(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == ':') {
                return i;
            }
            if (c == ']') {
                return -1;
            }
        }
        return -1;
    }

    /** The first and last port of a port or range, checked as HAProxy checks them. */
    private int[] ports(String spec, String text) {
        if (spec.isEmpty()) {
            throw new IllegalArgumentException("missing port specification in '" + text + "'");
        }
        char first = spec.charAt(0);
        if (first == '+' || first == '-') {
            throw new IllegalArgumentException("port offset not permitted here in '" + text + "'");
        }
        if (first < '0' || first > '9') {
            throw invalidCharacter(first, spec, text);
        }
        int dash = spec.indexOf('-');
        String low = dash < 0 ? spec : spec.substring(0, dash);
        String high = dash < 0 ? spec : spec.substring(dash + 1);
        int lowPort = port(low, text);
        int highPort = port(high, text);
        if (lowPort > highPort) {
            throw new IllegalArgumentException("invalid port range '" + lowPort + "-" + highPort + "'");
        }
        return new int[] {(int) lowPort, (int) highPort};
    }

    /**
     * One port as HAProxy reads it into an int (strtol, or atoi before 2.9), within 1 (or 0) to 65535; nothing may
     * follow its digits unless the syntax ignores it.
     */
    private int port(String digits, String text) {
        CNumber port = CNumber.read(digits, 10);
        if (syntax.strictPorts() && port.end() < digits.length()) {
            throw invalidCharacter(digits.charAt(port.end()), digits, text);
        }
        int value = (int) port.value();
        if (value < lowestPort || value > MAX_PORT) {
            throw new IllegalArgumentException("invalid port '" + digits + "'");
        }
        return value;
    }

    private IllegalArgumentException invalidCharacter(char c, String port, String text) {
        return new IllegalArgumentException("invalid character '" + c + "' in port number '" + port + "' in '"
                + text + "'" + syntax.oldLineFeed());
    }

    /** The literal address to listen on, or empty when the host is no address of the family and does not resolve. */
    private static Optional<String> address(String host, Family family) {
        String bare = host;
        if (host.startsWith("[")) {
            if (host.length() < 4 || !host.endsWith("]")) {
                return Optional.empty();
            }
            bare = host.substring(1, host.length() - 1);
        }
        if (bare.equals("::")) {
            return family == Family.INET4 ? Optional.empty() : Optional.of("::");
        }
        if (bare.isEmpty() || bare.equals("*")) {
            return Optional.of(family == Family.INET6 ? "::" : "0.0.0.0");
        }
        if (family != Family.INET4 && bare.contains(":")) {
            return literal(bare, Inet6Address.class);
        }
        if (!HOST_NAME.matcher(bare).matches()) {
            return Optional.empty();
        }
        Class<? extends InetAddress> wanted = family == Family.INET6 ? Inet6Address.class : Inet4Address.class;
        try {
            for (InetAddress candidate : InetAddress.getAllByName(bare)) {
                if (wanted.isInstance(candidate)) {
                    return Optional.of(candidate.getHostAddress());
                }
            }
        } catch (UnknownHostException e) {
            // not an address, and no name either
        }
        return Optional.empty();
    }

    private static Optional<String> literal(String text, Class<? extends InetAddress> type) {
        try {
            // a text with a colon is only ever read as an IPv6 literal, never looked up
            InetAddress parsed = InetAddress.getByName(text);
            return type.isInstance(parsed) && !text.contains("%") ? Optional.of(parsed.getHostAddress())
                    : Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
