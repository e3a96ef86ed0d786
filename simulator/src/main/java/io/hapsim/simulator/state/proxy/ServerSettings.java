package io.hapsim.simulator.state.proxy;

import java.util.List;
import java.util.Set;

/**
 * What a "server" or "default-server" line configures, as far as the CLI shows it. A server starts from a copy of
 * its section's default-server settings; keywords hapsim does not model are skipped with their argument.
 */
final class ServerSettings {

    /** Server keywords followed by one argument (the others are flags). */
    private static final Set<String> WITH_ARGUMENT = Set.of("addr", "agent-addr", "agent-inter", "agent-port",
            "agent-send", "alpn", "ca-file", "check-alpn", "check-proto", "check-sni", "ciphers", "ciphersuites",
            "client-sigalgs", "cookie", "crl-file", "crt", "curves", "downinter", "error-limit", "fall", "fastinter",
            "guid", "hash-key", "id", "idle-ping", "init-addr", "init-state", "inter", "log-bufsize", "log-proto",
            "max-reuse", "maxconn", "maxqueue", "minconn", "namespace", "npn", "observe", "on-error",
            "on-marked-down", "on-marked-up", "pool-conn-name", "pool-low-conn", "pool-max-conn",
            "pool-purge-delay", "port", "proto", "proxy-v2-options", "redir", "resolve-net", "resolve-opts",
            "resolve-prefer", "resolvers", "rise", "shard", "sigalgs", "slowstart", "sni", "source", "ssl-max-ver",
            "ssl-min-ver", "tcp-ut", "track", "usesrc", "verify", "verifyhost", "weight", "ws");

    private String address = "";
    private int port;
    private String fqdn;
    private boolean unixSocket;
    private int weight = 1;
    private int maxconn;
    private int maxqueue;
    private int id;
    private boolean backup;
    private boolean disabled;
    private boolean check;
    private boolean agentCheck;
    private int rise = 2;
    private int fall = 3;
    private int checkPort;
    private String checkAddress;
    private int agentPort;
    private String agentAddress;
    private String agentSend;
    private String cookie;
    private String track;
    private boolean observe;

    ServerSettings copy() {
        ServerSettings copy = new ServerSettings();
        copy.address = address;
        copy.port = port;
        copy.fqdn = fqdn;
        copy.unixSocket = unixSocket;
        copy.weight = weight;
        copy.maxconn = maxconn;
        copy.maxqueue = maxqueue;
        copy.id = id;
        copy.backup = backup;
        copy.disabled = disabled;
        copy.check = check;
        copy.agentCheck = agentCheck;
        copy.rise = rise;
        copy.fall = fall;
        copy.checkPort = checkPort;
        copy.checkAddress = checkAddress;
        copy.agentPort = agentPort;
        copy.agentAddress = agentAddress;
        copy.agentSend = agentSend;
        copy.cookie = cookie;
        copy.track = track;
        copy.observe = observe;
        return copy;
    }

    /** Applies the keywords of a server line from {@code words[start]} on. */
    void apply(List<String> words, int start) {
        for (int i = start; i < words.size(); i++) {
            String keyword = words.get(i);
            String argument = i + 1 < words.size() ? words.get(i + 1) : "";
            switch (keyword) {
                case "check" -> check = true;
                case "no-check" -> check = false;
                case "agent-check" -> agentCheck = true;
                case "no-agent-check" -> agentCheck = false;
                case "backup" -> backup = true;
                case "no-backup" -> backup = false;
                case "disabled" -> disabled = true;
                case "enabled" -> disabled = false;
                case "weight" -> weight = Math.max(0, Math.min(256, number(argument)));
                case "maxconn" -> maxconn = number(argument);
                case "maxqueue" -> maxqueue = number(argument);
                case "id" -> id = number(argument);
                case "rise" -> rise = Math.max(1, number(argument));
                case "fall" -> fall = Math.max(1, number(argument));
                case "port" -> checkPort = number(argument);
                case "addr" -> checkAddress = argument;
                case "agent-port" -> agentPort = number(argument);
                case "agent-addr" -> agentAddress = argument;
                case "agent-send" -> agentSend = argument;
                case "cookie" -> cookie = argument;
                case "track" -> track = argument;
                case "observe" -> observe = true;
                default -> {
                    // modelled nowhere: skip the keyword (and its argument)
                }
            }
            if (WITH_ARGUMENT.contains(keyword)) {
                i++;
            }
        }
    }

    /** A server's address (see {@link ServerAddress}): a name is kept as the address and as the fqdn. */
    void address(String text) {
        ServerAddress parsed = ServerAddress.parse(text);
        unixSocket = parsed.unix();
        if (unixSocket) {
            address = parsed.host();
            return;
        }
        port = parsed.port().chars().allMatch(Character::isDigit) ? number(parsed.port()) : 0;
        String canonical = InetText.canonical(parsed.host()).orElse(null);
        address = canonical != null ? canonical : parsed.host();
        fqdn = canonical != null ? null : parsed.host();
    }

    private static int number(String text) {
        int end = 0;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return end == 0 || end > 9 ? 0 : Integer.parseInt(text.substring(0, end));
    }

    String address() {
        return address;
    }

    int port() {
        return port;
    }

    String fqdn() {
        return fqdn;
    }

    boolean unixSocket() {
        return unixSocket;
    }

    int weight() {
        return weight;
    }

    int maxconn() {
        return maxconn;
    }

    int maxqueue() {
        return maxqueue;
    }

    int id() {
        return id;
    }

    boolean backup() {
        return backup;
    }

    boolean disabled() {
        return disabled;
    }

    boolean check() {
        return check;
    }

    boolean agentCheck() {
        return agentCheck;
    }

    int rise() {
        return rise;
    }

    int fall() {
        return fall;
    }

    int checkPort() {
        return checkPort;
    }

    String checkAddress() {
        return checkAddress;
    }

    int agentPort() {
        return agentPort;
    }

    String agentAddress() {
        return agentAddress;
    }

    String agentSend() {
        return agentSend;
    }

    String cookie() {
        return cookie;
    }

    String track() {
        return track;
    }

    boolean observe() {
        return observe;
    }
}
