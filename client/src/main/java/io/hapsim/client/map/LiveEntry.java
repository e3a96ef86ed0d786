package io.hapsim.client.map;

/**
 * One entry of {@code show map <map>}: {@code <address> <key> <value>}.
 *
 * @param address the entry's address ({@code 0x...}); {@code #0x...} addresses exactly this entry in set/del
 * @param key     the key
 * @param value   the value ("" for ACL listings)
 */
public record LiveEntry(String address, String key, String value) {

    /** Parses one listing line; null if it is not an entry line. */
    public static LiveEntry parse(String line) {
        if (!line.startsWith("0x")) {
            return null;
        }
        int a = line.indexOf(' ');
        if (a < 0) {
            return null;
        }
        int k = line.indexOf(' ', a + 1);
        if (k < 0) {
            return new LiveEntry(line.substring(0, a), line.substring(a + 1), "");
        }
        return new LiveEntry(line.substring(0, a), line.substring(a + 1, k), line.substring(k + 1));
    }

    public MapEntry entry() {
        return new MapEntry(key, value);
    }

    /** {@code #0x...}, the reference form for {@code set map}/{@code del map}. */
    public String reference() {
        return "#" + address;
    }
}
