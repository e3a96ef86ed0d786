package io.hapsim.simulator.state.pattern;

/**
 * IPv4/IPv6 addresses and networks as HAProxy reads them: strict numeric forms only (no name resolution at run
 * time), a network being {@code addr/bits} or, for IPv4, {@code addr/dotted-mask}.
 */
final class IpNet {

    /** A parsed network. For IPv4, the address is in the low 32 bits of {@code lo} and {@code hi} is 0. */
    record Net(boolean v6, long hi, long lo, int maskBits, int v4Mask, boolean contiguous) {
    }

    private IpNet() {
    }

    /** A pattern of an {@code ip} match: IPv4 network first, then IPv6, else {@code null}. */
    static Net parsePattern(String text) {
        Net v4 = parseV4Net(text);
        return v4 != null ? v4 : parseV6Net(text);
    }

    private static Net parseV4Net(String text) {
        int slash = text.lastIndexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        int mask;
        if (slash < 0) {
            mask = -1;
        } else {
            Integer m = parseV4Mask(text.substring(slash + 1));
            if (m == null) {
                return null;
            }
            mask = m;
        }
        Integer addr = parseIpv4(address);
        if (addr == null) {
            return null;
        }
        boolean contiguous = mask + (mask & -mask) == 0;
        int bits = mask == 0 ? 0 : Integer.bitCount(mask);
        return new Net(false, 0, addr & 0xffff_ffffL, contiguous ? bits : -1, mask, contiguous);
    }

    private static Integer parseV4Mask(String text) {
        if (text.indexOf('.') >= 0) {
            return parseIpv4(text);
        }
        Long bits = strtolWhole(text);
        if (bits == null || bits < 0 || bits > 32) {
            return null;
        }
        return bits == 0 ? 0 : (int) (0xffff_ffffL << (32 - bits));
    }

    private static Net parseV6Net(String text) {
        int slash = text.lastIndexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        int bits = 128;
        if (slash >= 0) {
            String m = text.substring(slash + 1);
            Long v = m.isEmpty() ? null : strtolWhole(m);
            if (v == null || v < 0 || v > 128) {
                return null;
            }
            bits = v.intValue();
        }
        long[] a = parseIpv6(address);
        if (a == null) {
            return null;
        }
        return new Net(true, a[0], a[1], bits, 0, true);
    }

    /** strtol(…, 10) that must consume the whole (non-empty) text. */
    private static Long strtolWhole(String text) {
        int i = 0;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        boolean negative = false;
        if (i < text.length() && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        if (i >= text.length()) {
            return null;
        }
        long v = 0;
        for (; i < text.length(); i++) {
            int d = text.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return null;
            }
            v = Math.min(v * 10 + d, 1L << 40);
        }
        return negative ? -v : v;
    }

    /** A dotted-quad IPv4 address as inet_pton reads it (no leading zeros, no short forms), or {@code null}. */
    static Integer parseIpv4(String text) {
        int parts = 0;
        int value = 0;
        int digits = 0;
        int result = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (digits > 0 && value == 0) {
                    return null; // leading zero
                }
                value = value * 10 + (c - '0');
                if (value > 255) {
                    return null;
                }
                digits++;
            } else if (c == '.') {
                if (digits == 0 || parts == 3) {
                    return null;
                }
                result = result << 8 | value;
                parts++;
                value = 0;
                digits = 0;
            } else {
                return null;
            }
        }
        if (digits == 0 || parts != 3) {
            return null;
        }
        return result << 8 | value;
    }

    /**
     * The IPv4 address a lookup sample starts with, as HAProxy converts a string sample to an address: digits and
     * dots up to the first other character, exactly four parts of at most 255 (leading zeros allowed), whatever
     * follows ignored ({@code 10.0.0.1/33} and {@code 10.0.0.1x} read as 10.0.0.1); {@code null} otherwise.
     */
    static Integer parseSampleIpv4(String text) {
        int parts = 0;
        int value = 0;
        boolean inPart = false;
        int result = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                value = value * 10 + (c - '0');
                if (value > 255) {
                    return null;
                }
                if (!inPart) {
                    parts++;
                    inPart = true;
                }
            } else if (c == '.' && inPart && parts < 4) {
                result = result << 8 | value;
                value = 0;
                inPart = false;
            } else if (c == '.') {
                return null;
            } else {
                break;
            }
        }
        return parts == 4 && inPart ? result << 8 | value : null;
    }

    /** An IPv6 address as inet_pton reads it, as {high 64 bits, low 64 bits}, or {@code null}. */
    static long[] parseIpv6(String text) {
        int n = text.length();
        if (n == 0) {
            return null;
        }
        int[] groups = new int[8];
        int count = 0;
        int doubleColon = -1;
        int i = 0;
        if (text.charAt(0) == ':') {
            if (n < 2 || text.charAt(1) != ':') {
                return null;
            }
            i = 1;
        }
        int tokenStart = i;
        boolean sawDigit = false;
        int value = 0;
        int digits = 0;
        for (; i < n; i++) {
            char c = text.charAt(i);
            int d = Character.digit(c, 16);
            if (d >= 0 && c < 128) {
                value = value << 4 | d;
                if (++digits > 4) {
                    return null;
                }
                sawDigit = true;
                continue;
            }
            if (c == ':') {
                tokenStart = i + 1;
                if (!sawDigit) {
                    if (doubleColon >= 0) {
                        return null;
                    }
                    doubleColon = count;
                    continue;
                }
                if (i + 1 == n || count == 8) {
                    return null;
                }
                groups[count++] = value;
                sawDigit = false;
                value = 0;
                digits = 0;
                continue;
            }
            if (c == '.' && count <= 6) {
                Integer v4 = parseIpv4(text.substring(tokenStart));
                if (v4 == null) {
                    return null;
                }
                groups[count++] = v4 >>> 16;
                groups[count++] = v4 & 0xffff;
                sawDigit = false;
                i = n;
                break;
            }
            return null;
        }
        if (sawDigit) {
            if (count == 8) {
                return null;
            }
            groups[count++] = value;
        }
        if (doubleColon >= 0) {
            if (count == 8) {
                return null;
            }
            int moved = count - doubleColon;
            for (int k = 1; k <= moved; k++) {
                groups[8 - k] = groups[count - k];
                groups[count - k] = 0;
            }
            for (int k = doubleColon; k < 8 - moved; k++) {
                groups[k] = 0;
            }
        } else if (count != 8) {
            return null;
        }
        long hi = 0;
        long lo = 0;
        for (int k = 0; k < 4; k++) {
            hi = hi << 16 | groups[k];
            lo = lo << 16 | groups[k + 4];
        }
        return new long[] {hi, lo};
    }

    /** Keeps the first {@code bits} bits of a 128-bit address (v6) and clears the others. */
    static long maskHi(long hi, int bits) {
        if (bits >= 64) {
            return hi;
        }
        return bits == 0 ? 0 : hi & (-1L << (64 - bits));
    }

    static long maskLo(long lo, int bits) {
        if (bits <= 64) {
            return 0;
        }
        return bits == 128 ? lo : lo & (-1L << (128 - bits));
    }

    static long maskV4(long addr, int bits) {
        return bits == 0 ? 0 : addr & (0xffff_ffffL << (32 - bits)) & 0xffff_ffffL;
    }
}
