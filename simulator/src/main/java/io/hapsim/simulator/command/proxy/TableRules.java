package io.hapsim.simulator.command.proxy;

import io.hapsim.simulator.session.AccessLevel;

/**
 * How one version's table commands behave ({@code table.*} of the proxy behaviour files).
 *
 * @param pointers          "show/set/clear table" take "ptr &lt;ptr&gt;"
 * @param strictKeys        keys are checked (and converted between IP versions) as 3.0 does
 * @param clearLevel        the level "clear table" needs
 * @param setLevel          the level "set table" needs before reading its arguments
 * @param buckets           how many buckets a dump lists entries from (1: key order)
 * @param shardField        an entry's dump line says its shard
 * @param binaryKeysStored  "set table" stores a binary table's entry before refusing binary keys
 * @param refusedLookupHeld a key or pointer lookup refused below operator leaves its entry held for ever (3.0)
 */
record TableRules(boolean pointers, boolean strictKeys, AccessLevel clearLevel, AccessLevel setLevel, int buckets,
        boolean shardField, boolean binaryKeysStored, boolean refusedLookupHeld) {
}
