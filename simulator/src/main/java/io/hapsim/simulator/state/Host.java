package io.hapsim.simulator.state;

import io.hapsim.simulator.config.NamedSection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Facts about the machine that HAProxy reads at start-up and {@code show info} reports. */
public final class Host {

    private static final Path HOST_NAME = Path.of("/proc/sys/kernel/hostname");
    private static final Path LIMITS = Path.of("/proc/self/limits");
    private static final Path RESOLV_CONF = Path.of("/etc/resolv.conf");
    /** Where /proc cannot tell: the usual default soft limit. */
    private static final long UNKNOWN_DESCRIPTOR_LIMIT = 1024;

    private Host() {
    }

    /** The host name, HAProxy's default {@code node}. */
    public static String name() {
        try {
            String name = Files.readString(HOST_NAME, StandardCharsets.ISO_8859_1).strip();
            if (!name.isEmpty()) {
                return name;
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: fall back on the environment
        }
        String fromEnvironment = System.getenv("HOSTNAME");
        return fromEnvironment != null && !fromEnvironment.isBlank() ? fromEnvironment : "localhost";
    }

    /** The CPUs this process may run on: HAProxy starts one thread per CPU it is bound to. */
    public static int processors() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * The larger of the soft and hard limits on open files, which HAProxy takes as its budget ("unlimited" reads
     * as the largest int, as a C int would hold it).
     */
    public static long descriptorLimit() {
        try {
            List<String> lines = Files.readAllLines(LIMITS, StandardCharsets.ISO_8859_1);
            for (String line : lines) {
                if (line.startsWith("Max open files")) {
                    String[] fields = line.substring("Max open files".length()).trim().split("\\s+");
                    return Math.max(limit(fields[0]), limit(fields[1]));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return UNKNOWN_DESCRIPTOR_LIMIT;
    }

    /** Whether this process runs with root's user id (what HAProxy's start-up checks look at). */
    public static boolean runsAsRoot() {
        try {
            // /proc/self belongs to the process's effective user
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | RuntimeException e) {
            return false; // not Linux: no way to tell, and no warning is the safer answer
        }
    }

    /**
     * The configuration's resolvers sections followed by the "default" one HAProxy makes from the host's
     * {@code /etc/resolv.conf} (its name servers named after their addresses), unless the configuration has one of
     * that name or the file names no server.
     */
    public static List<NamedSection<String>> withDefaultResolvers(List<NamedSection<String>> configured) {
        List<NamedSection<String>> all = new ArrayList<>(configured);
        if (configured.stream().noneMatch(section -> section.name().equals("default"))) {
            List<String> servers = new ArrayList<>();
            try {
                for (String line : Files.readAllLines(RESOLV_CONF, StandardCharsets.ISO_8859_1)) {
                    String[] words = line.strip().split("\\s+");
                    if (words.length > 1 && words[0].equals("nameserver")) {
                        servers.add(words[1]);
                    }
                }
            } catch (IOException | RuntimeException e) {
                // no resolv.conf: no default section
            }
            if (!servers.isEmpty()) {
                all.add(new NamedSection<>("default", servers));
            }
        }
        return all;
    }

    private static long limit(String field) {
        return field.equals("unlimited") ? Integer.MAX_VALUE : Long.parseLong(field);
    }
}
