package io.hapsim.simulator.state.proxy;

/**
 * A server line's address split as HAProxy reads it: "ip:port", "[ipv6]:port", "ipv4@...", "unix@/path", "/path",
 * or a name with its port.
 *
 * @param host the IP, name or socket path
 * @param port what follows the host's colon ("" without one)
 * @param unix a UNIX socket (unix@, abns@, or a path)
 */
public record ServerAddress(String host, String port, boolean unix) {

    public static ServerAddress parse(String text) {
        String rest = text.replaceFirst("^(ipv4|ipv6|tcp|tcp4|tcp6)@", "");
        if (rest.startsWith("unix@") || rest.startsWith("abns@") || rest.startsWith("/")) {
            return new ServerAddress(rest.substring(rest.indexOf('@') + 1), "", true);
        }
        if (rest.startsWith("[")) {
            int close = rest.indexOf(']');
            String host = close < 0 ? rest.substring(1) : rest.substring(1, close);
            return new ServerAddress(host, close >= 0 && rest.startsWith(":", close + 1) ? rest.substring(close + 2)
                    : "", false);
        }
        int colon = rest.lastIndexOf(':');
        if (InetText.canonical(rest).isEmpty() && colon >= 0) {
            return new ServerAddress(rest.substring(0, colon), rest.substring(colon + 1), false);
        }
        return new ServerAddress(rest, "", false);
    }
}
