package io.hapsim.simulator.state.proxy;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/** IP literals as HAProxy reads them (inet_pton: no host names) and prints them (inet_ntop). */
public final class InetText {

    private InetText() {
    }

    /** The canonical text of an IPv4 or IPv6 literal, or empty when {@code text} is not one. */
    public static Optional<String> canonical(String text) {
        if (isIpv4(text)) {
            return Optional.of(text);
        }
        if (!text.contains(":")) {
            return Optional.empty();
        }
        try {
            // With a ':' the JDK parses a literal and never asks a resolver.
            InetAddress address = InetAddress.getByName(text);
            return address instanceof Inet6Address v6 ? Optional.of(ipv6(v6.getAddress()))
                    : Optional.of("::ffff:" + address.getHostAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    public static boolean isIpv6(String canonical) {
        return canonical.contains(":");
    }

    /** Four decimal bytes, none with a leading zero: what inet_pton(AF_INET) accepts. */
    static boolean isIpv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)
                    || (part.length() > 1 && part.charAt(0) == '0') || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    /** The 4 or 16 bytes of a canonical literal. */
    static byte[] bytes(String canonical) {
        try {
            byte[] bytes = InetAddress.getByName(canonical).getAddress();
            return bytes.length == 4 && isIpv6(canonical) ? ipv4Mapped(bytes) : bytes;
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP literal: " + canonical, e);
        }
    }

    /** The IPv6 address of 16 bytes as inet_ntop writes it. */
    static String text(byte[] bytes) {
        return ipv6(bytes);
    }

    private static byte[] ipv4Mapped(byte[] ipv4) {
        byte[] bytes = new byte[16];
        bytes[10] = (byte) 0xff;
        bytes[11] = (byte) 0xff;
        System.arraycopy(ipv4, 0, bytes, 12, 4);
        return bytes;
    }

    /**
     * RFC 5952 text: the first longest run of two or more zero groups becomes "::"; as inet_ntop, an address of six
     * zero groups, or of five and ffff, ends with its last four bytes in dotted decimal.
     */
    private static String ipv6(byte[] bytes) {
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; i++) {
            int length = 0;
            while (i + length < 8 && groups[i + length] == 0) {
                length++;
            }
            if (length > bestLength) {
                bestStart = i;
                bestLength = length;
            }
        }
        StringBuilder out = new StringBuilder();
        boolean embedsIpv4 = bestStart == 0 && (bestLength == 6 || (bestLength == 5 && groups[5] == 0xffff));
        for (int i = 0; i < 8; i++) {
            if (embedsIpv4 && i == 6) {
                out.append(out.charAt(out.length() - 1) == ':' ? "" : ":");
                out.append(bytes[12] & 0xff).append('.').append(bytes[13] & 0xff).append('.')
                        .append(bytes[14] & 0xff).append('.').append(bytes[15] & 0xff);
                break;
            }
            if (i == bestStart) {
                out.append("::");
                i += bestLength - 1;
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
                out.append(':');
            }
            out.append(Integer.toHexString(groups[i]));
        }
        return out.toString();
    }
}
