package io.hapsim.simulator.state.proxy;

import io.hapsim.simulator.config.TimeValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A stick table declared in the configuration ("stick-table" in a proxy, "table" in a peers section).
 *
 * @param name          the proxy's name, or "peers/table"
 * @param type          ip, ipv6, integer, string or binary
 * @param size          the number of entries it may hold
 * @param keyLength     the "len" of a string or binary key (32 by default)
 * @param expireMillis  how long an entry lives after it was last set, 0 for ever
 * @param stored        the data of its "store" list, in HAProxy's order of data types
 * @param peers         the peers section it is shared with ("peers" of a stick-table, the section of a "table"),
 *                      "" when none
 */
public record StickTable(String name, String type, long size, int keyLength, long expireMillis,
        List<StoredData> stored, String peers) {

    private static final Set<String> WITH_ARGUMENT = Set.of("type", "size", "store", "len", "expire", "peers",
            "srvkey", "write-to");
    private static final int DEFAULT_KEY_LENGTH = 32;

    /**
     * One data type of the "store" list.
     *
     * @param type         the data type
     * @param count        how many elements an array type (gpt, gpc, gpc_rate) holds, 1 for the others
     * @param periodMillis a rate's period
     */
    public record StoredData(TableDataType type, int count, long periodMillis) {
    }

    public StickTable {
        stored = List.copyOf(stored);
    }

    /**
     * Reads a declaration's words after "stick-table" (or after "table <name>" in the peers section
     * {@code peers}, else ""), from {@code start}.
     */
    static StickTable parse(String name, String peers, List<String> words, int start) {
        String sharedWith = peers;
        String type = "ip";
        long size = 0;
        int keyLength = DEFAULT_KEY_LENGTH;
        long expire = 0;
        List<StoredData> stored = new ArrayList<>();
        for (int i = start; i + 1 < words.size(); i++) {
            String keyword = words.get(i);
            if (!WITH_ARGUMENT.contains(keyword)) {
                continue;
            }
            String argument = words.get(++i);
            switch (keyword) {
                case "type" -> type = argument.equals("ipv4") ? "ip" : argument;
                case "size" -> size = size(argument);
                case "len" -> keyLength = argument.matches("\\d{1,9}") ? Integer.parseInt(argument) : keyLength;
                case "expire" -> expire = TimeValue.read(argument, TimeValue.Unit.MILLISECONDS).value();
                case "store" -> {
                    for (String data : argument.split(",(?![^(]*\\))")) {
                        storedData(data).filter(d -> stored.stream().noneMatch(s -> s.type() == d.type()))
                                .ifPresent(stored::add);
                    }
                }
                case "peers" -> sharedWith = argument;
                default -> {
                    // srvkey, write-to: nothing the CLI shows
                }
            }
        }
        stored.sort(Comparator.comparing(StoredData::type));
        return new StickTable(name, type, size, keyLength, expire, stored, sharedWith);
    }

    /** "gpc0", "http_req_rate(10s)", "gpc(2)" or "gpc_rate(3,10s)". */
    private static Optional<StoredData> storedData(String text) {
        int parenthesis = text.indexOf('(');
        String word = parenthesis < 0 ? text : text.substring(0, parenthesis);
        String[] arguments = parenthesis < 0 ? new String[0]
                : text.substring(parenthesis + 1, text.endsWith(")") ? text.length() - 1 : text.length()).split(",");
        return TableDataType.named(word).map(type -> {
            int count = type.isArray() && arguments.length > 0 && arguments[0].matches("\\d{1,3}")
                    ? Integer.parseInt(arguments[0]) : 1;
            String period = arguments.length == 0 ? "" : arguments[arguments.length - 1];
            long periodMillis = type.kind() == TableDataType.Kind.RATE && !period.isEmpty()
                    ? TimeValue.read(period, TimeValue.Unit.MILLISECONDS).value() : 0;
            return new StoredData(type, count, periodMillis);
        });
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

    public boolean stores(TableDataType dataType) {
        return stored.stream().anyMatch(data -> data.type() == dataType);
    }

    /** Where the first value of {@code dataType} sits among an entry's values, or -1 when it is not stored. */
    public int slot(TableDataType dataType) {
        int slot = 0;
        for (StoredData data : stored) {
            if (data.type() == dataType) {
                return slot;
            }
            slot += data.count();
        }
        return -1;
    }

    /** How many values an entry holds: one per stored type, one per element of an array type. */
    public int slotCount() {
        return stored.stream().mapToInt(StoredData::count).sum();
    }

    /** The names of the stored data types, without their arguments ("http_req_rate"). */
    public List<String> storedTypes() {
        return stored.stream().map(data -> data.type().word()).toList();
    }
}
