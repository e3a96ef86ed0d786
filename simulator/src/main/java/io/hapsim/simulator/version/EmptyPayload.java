package io.hapsim.simulator.version;

/** What a version does with a payload that ends at once (its marker line followed by the terminator). */
public enum EmptyPayload {
    /** 2.4: the command is dropped, and the empty command left prints the usage. */
    SHOWS_USAGE,
    /** 2.6 to 3.2: the command gets an empty payload (a map add then fails on an empty key). */
    PASSED_EMPTY,
    /** 3.4: the command runs as if no payload came (a map add prints its own usage). */
    IGNORED
}
