package io.hapsim.simulator.version;

/**
 * How the build's OpenSSL orders a CA store as certificates are added (a duplicate is added once).
 */
public enum CaStoreOrder {
    /**
     * OpenSSL 3.0 (2.6's Debian build) sorts the store by subject before each addition, then appends: the last
     * certificate added comes last, the others sorted (measured with three CAs in three orders).
     */
    SORTED_BEFORE_EACH_ADDITION,
    /** Later OpenSSL builds (those of 3.0+) keep the order certificates were added in. */
    ADDED
}
