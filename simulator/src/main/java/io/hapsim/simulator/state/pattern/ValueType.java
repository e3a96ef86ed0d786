package io.hapsim.simulator.state.pattern;

/**
 * The output type of a map converter ({@code map_str} vs {@code map_str_int} vs {@code map_str_ip}): how values
 * are parsed when they are loaded, added or set, and the sample type {@code get map} reports.
 */
public enum ValueType {
    /** {@code map}, {@code map_<match>}, {@code map_<match>_str}, {@code map_<match>_key}: any text. */
    STR,
    /** {@code map_<match>_int}: a signed 64-bit integer. */
    SINT,
    /** {@code map_<match>_ip}: an IPv4 or IPv6 address. */
    ADDR;

    /**
     * The sample type name of {@code value} once parsed ({@code str}, {@code sint}, {@code ipv4}, {@code ipv6}),
     * or {@code null} when it cannot be parsed as this type.
     */
    String parsedTypeName(String value) {
        switch (this) {
            case STR:
                return "str";
            case SINT:
                return Numbers.parseWholeInt64(value) ? "sint" : null;
            default:
                if (IpNet.parseIpv4(value) != null) {
                    return "ipv4";
                }
                return IpNet.parseIpv6(value) != null ? "ipv6" : null;
        }
    }
}
