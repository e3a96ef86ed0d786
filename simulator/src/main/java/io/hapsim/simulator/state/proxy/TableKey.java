package io.hapsim.simulator.state.proxy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A stick table entry's key: the bytes HAProxy keeps (and orders and hashes entries by) and the text a dump prints.
 *
 * @param bytes network order for ip and ipv6, host (little-endian) order for integers, the characters of a string
 *              (at most its length), a binary key padded with zeros to its length
 * @param text  how "show table" prints it
 */
public record TableKey(byte[] bytes, String text) {

    /**
     * The key {@code text} names in {@code table}, or empty when it is not a valid one. {@code strict}: as 3.0+
     * reads it (an IP of either version, converted; any integer text, converted), else as 2.x does (an ip key read
     * digit group by digit group whatever it holds, an ipv6 key only as IPv6, an integer as decimal digits).
     */
    public static Optional<TableKey> parse(StickTable table, String text, boolean strict) {
        return switch (table.type()) {
            case "ip" -> strict ? strictIpv4(text) : Optional.of(ipv4(lenientIpv4(text)));
            case "ipv6" -> ipv6(text, strict);
            case "integer" -> strict ? Optional.of(integer(decimalPrefix(text))) : lenientInteger(text);
            case "string" -> {
                byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
                byte[] kept = Arrays.copyOf(bytes, Math.min(bytes.length, table.keyLength()));
                yield Optional.of(new TableKey(kept, new String(kept, StandardCharsets.ISO_8859_1)));
            }
            default -> {
                byte[] kept = Arrays.copyOf(text.getBytes(StandardCharsets.ISO_8859_1), table.keyLength());
                yield Optional.of(new TableKey(kept, HexFormat.of().withUpperCase().formatHex(kept)));
            }
        };
    }

    /**
     * 2.x reads an ip key as up to four dot-separated groups of digits, each worth its last three digits and
     * carried over into the group before when above 255; it stops at the first other character.
     */
    private static long lenientIpv4(String text) {
        long address = 0;
        int at = 0;
        for (int group = 0; group < 4; group++) {
            int start = at;
            while (at < text.length() && Character.isDigit(text.charAt(at)) && text.charAt(at) < 128) {
                at++;
            }
            String digits = text.substring(start, at);
            long value = digits.isEmpty() ? 0 : Long.parseLong(digits.substring(Math.max(0, digits.length() - 3)));
            address += value << (8 * (3 - group));
            if (at >= text.length() || text.charAt(at) != '.') {
                break;
            }
            at++;
        }
        return address & 0xFFFFFFFFL;
    }

    /** An IPv4 address, or an IPv6 one that holds an IPv4 address (::ffff:a.b.c.d or ::a.b.c.d). */
    private static Optional<TableKey> strictIpv4(String text) {
        if (text.matches("(\\d{1,3}\\.){3}\\d{1,3}")) {
            long address = 0;
            for (String group : text.split("\\.")) {
                int value = Integer.parseInt(group);
                if (value > 255) {
                    return Optional.empty();
                }
                address = address << 8 | value;
            }
            return Optional.of(ipv4(address));
        }
        Optional<byte[]> address = addressBytes(text);
        if (address.isEmpty()) {
            return Optional.empty();
        }
        byte[] bytes = address.get();
        boolean compatible = Arrays.equals(bytes, 0, 10, new byte[10], 0, 10)
                && ((bytes[10] == 0 && bytes[11] == 0) || (bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff));
        if (!compatible) {
            return Optional.empty();
        }
        byte[] ipv4 = Arrays.copyOfRange(bytes, 12, 16);
        return Optional.of(new TableKey(ipv4, dotted(ipv4)));
    }

    private static TableKey ipv4(long address) {
        byte[] bytes = {(byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address};
        return new TableKey(bytes, dotted(bytes));
    }

    private static Optional<TableKey> ipv6(String text, boolean strict) {
        return addressBytes(text).filter(bytes -> strict || InetText.isIpv6(text))
                .map(bytes -> new TableKey(bytes, InetText.text(bytes)));
    }

    /** 2.x: decimal digits (after optional blanks and sign, as strtoul), at most 2^32-1. */
    private static Optional<TableKey> lenientInteger(String text) {
        String trimmed = text.stripLeading();
        boolean negative = trimmed.startsWith("-");
        String digits = leadingDigits(trimmed.startsWith("+") || negative ? trimmed.substring(1) : trimmed);
        if (digits.isEmpty() || digits.length() > 10 || Long.parseLong(digits) > 0xFFFFFFFFL
                || (negative && Long.parseLong(digits) != 0)) {
            return Optional.empty();
        }
        return Optional.of(integer(Long.parseLong(digits)));
    }

    /** 3.0+: the text's leading signed decimal number, 0 without one. */
    private static long decimalPrefix(String text) {
        boolean negative = text.startsWith("-");
        String digits = leadingDigits(negative || text.startsWith("+") ? text.substring(1) : text);
        long value = 0;
        for (int i = 0; i < digits.length(); i++) {
            value = value * 10 + (digits.charAt(i) - '0');
        }
        return negative ? -value : value;
    }

    private static TableKey integer(long value) {
        int key = (int) value;
        byte[] bytes = {(byte) key, (byte) (key >>> 8), (byte) (key >>> 16), (byte) (key >>> 24)};
        return new TableKey(bytes, Integer.toUnsignedString(key));
    }

    private static String leadingDigits(String text) {
        int end = 0;
        while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
            end++;
        }
        return text.substring(0, end);
    }

    /** The 16 bytes of an IPv6 address, or of an IPv4 one mapped into IPv6. */
    private static Optional<byte[]> addressBytes(String text) {
        return InetText.canonical(text).map(canonical -> InetText.bytes(
                InetText.isIpv6(canonical) ? canonical : "::ffff:" + canonical));
    }

    private static String dotted(byte[] bytes) {
        return (bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff) + "." + (bytes[3] & 0xff);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TableKey key && Arrays.equals(bytes, key.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return text;
    }
}
