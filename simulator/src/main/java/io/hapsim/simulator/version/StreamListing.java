package io.hapsim.simulator.version;

/**
 * How {@code show sess} reads its words and lists a CLI stream, with the channel and connector flags a CLI stream
 * showed on the version measured (idle since it opened, asking, idle after an answer). The same for all three:
 * requests and responses are empty, the back connector is the CLI applet ({@code [8,1h,fd=-1]}).
 */
public enum StreamListing {

    /**
     * 2.6 (2.4 assumed alike): each channel shows its read and write timeouts ({@code rx}, {@code wx}), the asking
     * stream none; {@code all} dumps every stream at length, any other word is read as a stream's pointer (one
     * that reads as 0 lists them all).
     */
    CHANNEL_TIMEOUTS(
            new Flags(0x808000, 0x80008000, 0), new Flags(0xc08000, 0x80008002, 0x200),
            new Flags(0xc48202, 0x80048202, 0)),

    /**
     * 3.0 (2.8 assumed alike, whose source already lists this way): the front connector shows the timeouts
     * ({@code rex}, {@code wex}); {@code older <age>} and {@code susp} select too.
     */
    CONNECTOR_TIMEOUTS(
            new Flags(0x808000, 0x80008000, 0), new Flags(0x848000, 0x80008000, 0),
            new Flags(0x848000, 0x80048101, 0)),

    /**
     * 3.2 and 3.4 (3.1 and 3.3 assumed alike): as 3.0, plus {@code help}, and options after the selector, an
     * unknown word being "Unsupported option".
     */
    CONNECTOR_TIMEOUTS_WITH_OPTIONS(
            new Flags(0x808000, 0x80008000, 0), new Flags(0x10848100, 0x80008000, 0),
            new Flags(0x10848000, 0x80048101, 0));

    /** A stream's request channel, response channel and front connector flags. */
    public record Flags(int request, int response, int frontConnector) {
    }

    private final Flags idle;
    private final Flags asking;
    private final Flags answered;

    StreamListing(Flags idle, Flags asking, Flags answered) {
        this.idle = idle;
        this.asking = asking;
        this.answered = answered;
    }

    /** Whether the timeouts are the front connector's (3.0 on) rather than each channel's. */
    public boolean connectorTimeouts() {
        return this != CHANNEL_TIMEOUTS;
    }

    /** Whether {@code older <age>} and {@code susp} select streams (2.8 on). */
    public boolean selectors() {
        return this != CHANNEL_TIMEOUTS;
    }

    /** Whether {@code help} and the options exist (3.1 on). */
    public boolean options() {
        return this == CONNECTOR_TIMEOUTS_WITH_OPTIONS;
    }

    /** The flags of a stream that has answered nothing yet. */
    public Flags idle() {
        return idle;
    }

    /** The flags of the stream running {@code show sess}. */
    public Flags asking() {
        return asking;
    }

    /** The flags of a stream waiting for its next command after answering one. */
    public Flags answered() {
        return answered;
    }
}
