package io.hapsim.simulator.state.proxy;

import io.hapsim.simulator.state.events.RingLogger;
import java.util.ArrayList;
import java.util.List;

/**
 * The keywords of a defaults, frontend, backend or listen section that the CLI shows the effect of. A proxy
 * starts from a copy of the defaults section in force; everything else in a section is ignored.
 */
final class ProxySettings {

    private String mode = "tcp";
    /** A "mode" line applies (here or in the defaults inherited): what "add backend ... from" requires. */
    private boolean explicitMode;
    /** The "balance" algorithm; null without one (then the version's default applies). */
    private String algorithm;
    private boolean consistentHashing;
    private String cookieName;
    private int rateLimit;
    private int maxconn;
    private int fullconn;
    private boolean disabled;
    private int id;
    private CheckKind checkKind = CheckKind.LAYER4;
    private boolean allBackups;
    private String defaultBackend;
    private final List<String> useBackends = new ArrayList<>();
    private ServerSettings defaultServer = new ServerSettings();
    private boolean declaresDefaultServer;
    private boolean stickTable;
    private boolean legacyRouting;
    /** Where the section's log messages go, among event rings. */
    private final List<RingLogger> loggers = new ArrayList<>();

    /** What a section inherits from a defaults section: the settings that are not specific to one proxy. */
    ProxySettings inherit() {
        ProxySettings copy = new ProxySettings();
        copy.mode = mode;
        copy.explicitMode = explicitMode;
        copy.algorithm = algorithm;
        copy.consistentHashing = consistentHashing;
        copy.cookieName = cookieName;
        copy.rateLimit = rateLimit;
        copy.maxconn = maxconn;
        copy.fullconn = fullconn;
        copy.disabled = disabled;
        copy.checkKind = checkKind;
        copy.allBackups = allBackups;
        copy.legacyRouting = legacyRouting;
        copy.defaultBackend = defaultBackend;
        copy.defaultServer = defaultServer.copy();
        copy.declaresDefaultServer = declaresDefaultServer;
        copy.loggers.addAll(loggers);
        return copy;
    }

    /** Applies one configuration line (lines hapsim does not model change nothing). */
    void apply(List<String> words) {
        String argument = words.size() > 1 ? words.get(1) : "";
        switch (words.get(0)) {
            case "mode" -> {
                mode = argument;
                explicitMode = true;
            }
            case "stick-table" -> stickTable = true;
            case "dispatch" -> legacyRouting = true;
            case "balance" -> algorithm = algorithmName(argument);
            case "hash-type" -> consistentHashing = argument.equals("consistent");
            case "cookie" -> cookieName = argument;
            case "rate-limit" -> rateLimit = words.size() > 2 ? number(words.get(2)) : 0;
            case "maxconn" -> maxconn = number(argument);
            case "fullconn" -> fullconn = number(argument);
            case "disabled" -> disabled = true;
            case "enabled" -> disabled = false;
            case "id" -> id = number(argument);
            case "default_backend" -> defaultBackend = argument;
            case "use_backend" -> useBackends.add(argument);
            case "default-server" -> {
                defaultServer.apply(words, 1);
                declaresDefaultServer = true;
            }
            case "option" -> option(argument);
            default -> {
                // not modelled: nothing the CLI shows
            }
        }
    }

    private void option(String name) {
        switch (name) {
            case "httpchk" -> checkKind = CheckKind.HTTP;
            case "ssl-hello-chk" -> checkKind = CheckKind.SSL_HELLO;
            case "tcp-check", "smtpchk", "mysql-check", "pgsql-check", "redis-check", "ldap-check" ->
                    checkKind = CheckKind.LAYER4;
            case "allbackups" -> allBackups = true;
            case "transparent" -> legacyRouting = true;
            default -> {
                // other options change nothing the CLI shows
            }
        }
    }

    /** "hdr(host)" is shown "hdr", "rdp-cookie(x)" "rdp-cookie", "random(2)" "random". */
    private static String algorithmName(String balance) {
        int parenthesis = balance.indexOf('(');
        return parenthesis < 0 ? balance : balance.substring(0, parenthesis);
    }

    private static int number(String text) {
        int end = 0;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return end == 0 || end > 9 ? 0 : Integer.parseInt(text.substring(0, end));
    }

    String mode() {
        return mode;
    }

    boolean explicitMode() {
        return explicitMode;
    }

    /** Overrides the mode inherited (the "mode" argument of "add backend"). */
    void overrideMode(String mode) {
        this.mode = mode;
    }

    boolean stickTable() {
        return stickTable;
    }

    boolean legacyRouting() {
        return legacyRouting;
    }

    String algorithm() {
        return algorithm;
    }

    boolean consistentHashing() {
        return consistentHashing;
    }

    String cookieName() {
        return cookieName;
    }

    int rateLimit() {
        return rateLimit;
    }

    int maxconn() {
        return maxconn;
    }

    /** Sets the maxconn a frontend gets when neither it nor its defaults set one: the global maxconn. */
    void defaultMaxconn(int globalMaxconn) {
        if (maxconn == 0) {
            maxconn = globalMaxconn;
        }
    }

    int fullconn() {
        return fullconn;
    }

    boolean disabled() {
        return disabled;
    }

    int id() {
        return id;
    }

    CheckKind checkKind() {
        return checkKind;
    }

    boolean allBackups() {
        return allBackups;
    }

    String defaultBackend() {
        return defaultBackend;
    }

    /**
     * A {@code log} line ({@code log global} adds the global section's loggers) or {@code no log} (forgets those
     * inherited).
     */
    void log(List<String> words, List<RingLogger> global) {
        if (words.get(0).equals("no")) {
            loggers.clear();
        } else if (words.size() > 1 && words.get(1).equals("global")) {
            loggers.addAll(global);
        } else {
            RingLogger.read(words).ifPresent(loggers::add);
        }
    }

    List<RingLogger> loggers() {
        return loggers;
    }

    List<String> useBackends() {
        return useBackends;
    }

    ServerSettings defaultServer() {
        return defaultServer;
    }

    /** A default-server line applies (in this section or the defaults it inherits). */
    boolean declaresDefaultServer() {
        return declaresDefaultServer;
    }
}
