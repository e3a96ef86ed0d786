package io.hapsim.simulator.version;

/**
 * What a version does with a command (or payload) that does not fit in its buffer. Every answer but {@link #SPIN}
 * is an error that closes the connection at once: nothing more is read, so the client's next writes fail.
 */
public enum OversizeAnswer {
    /** Close without a word (2.4, 2.6, 2.8.0). */
    SILENT_CLOSE,
    /** "The command is too big ..." then close. */
    COMMAND_TOO_BIG,
    /** "The command is too big ..." plus one empty line, then close (2.8.10+ for a command, not a payload). */
    COMMAND_TOO_BIG_EXTRA_LF,
    /** "The command line is too big ..." then close (3.2). */
    COMMAND_LINE_TOO_BIG,
    /** The same, naming 'tune.bufsize' in quotes (3.4). */
    COMMAND_LINE_TOO_BIG_QUOTED,
    /**
     * No answer, and nothing more is read: the connection stays open, the client's writes stall once the
     * socket buffers are full, and the payload is not applied (3.3.0: the CLI spins on a payload that outgrows
     * its buffer).
     */
    SPIN,
    /** "The payload is too big ..." naming 'tune.cli.max-payload-size', then close (3.4, for a payload). */
    PAYLOAD_TOO_BIG
}
