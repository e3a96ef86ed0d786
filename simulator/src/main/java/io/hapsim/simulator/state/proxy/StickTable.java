package io.hapsim.simulator.state.proxy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A stick table declared in the configuration ("stick-table" in a proxy, "table" in a peers section). Without
 * traffic a table stays empty, so only its declaration matters.
 *
 * @param name        the proxy's name, or "peers/table"
 * @param type        ip, ipv6, integer, string or binary
 * @param size        the number of entries it may hold
 * @param storedTypes the data types of its "store" list, without their arguments ("http_req_rate")
 */
public record StickTable(String name, String type, long size, List<String> storedTypes) {

    private static final Set<String> WITH_ARGUMENT = Set.of("type", "size", "store", "len", "expire", "peers",
            "srvkey", "write-to");

    public StickTable {
        storedTypes = List.copyOf(storedTypes);
    }

    /** Reads a declaration's words after "stick-table" (or after "table <name>"), from {@code start}. */
    static StickTable parse(String name, List<String> words, int start) {
        String type = "ip";
        long size = 0;
        List<String> stored = new ArrayList<>();
        for (int i = start; i + 1 < words.size(); i++) {
            String keyword = words.get(i);
            if (!WITH_ARGUMENT.contains(keyword)) {
                continue;
            }
            String argument = words.get(++i);
            switch (keyword) {
                case "type" -> type = argument.equals("ipv4") ? "ip" : argument;
                case "size" -> size = size(argument);
                case "store" -> {
                    for (String data : argument.split(",")) {
                        int parenthesis = data.indexOf('(');
                        stored.add(parenthesis < 0 ? data : data.substring(0, parenthesis));
                    }
                }
                default -> {
                    // len, expire, peers ...: nothing the CLI shows without entries
                }
            }
        }
        return new StickTable(name, type, size, stored);
    }

    /** A size with an optional k, m or g suffix (powers of 1024). */
    private static long size(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        long multiplier = switch (lower.isEmpty() ? ' ' : lower.charAt(lower.length() - 1)) {
            case 'k' -> 1024L;
            case 'm' -> 1024L * 1024;
            case 'g' -> 1024L * 1024 * 1024;
            default -> 1;
        };
        String digits = multiplier == 1 ? lower : lower.substring(0, lower.length() - 1);
        return digits.chars().allMatch(Character::isDigit) && !digits.isEmpty() ? Long.parseLong(digits) * multiplier
                : 0;
    }

    public boolean stores(String dataType) {
        return storedTypes.contains(dataType);
    }
}
