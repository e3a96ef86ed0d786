package io.hapsim.client.error;

/**
 * An atomic map replacement failed and was <b>not committed</b>: the live map is unchanged. Says in which phase it
 * failed, which version was prepared (left uncommitted, to be discarded), and how many entries had been sent; the
 * cause is the underlying error.
 */
public class TransactionFailedException extends HaproxyException {
    private static final long serialVersionUID = 1L;

    /** Where the transaction stopped. */
    public enum Phase { PREPARE, UPLOAD, VERIFY, COMMIT }

    private final Phase phase;
    private final long version;
    private final long entriesSent;

    public TransactionFailedException(Phase phase, String map, long version, long entriesSent, String detail,
            Throwable cause) {
        super("map " + map + ": not committed, " + phase.name().toLowerCase(java.util.Locale.ROOT) + " failed"
                + (version > 0 ? " (prepared version " + version + " left uncommitted)" : "")
                + " after " + entriesSent + " entries: " + detail, cause);
        this.phase = phase;
        this.version = version;
        this.entriesSent = entriesSent;
    }

    public Phase phase() {
        return phase;
    }

    /** The prepared version, or 0 if preparing failed. */
    public long version() {
        return version;
    }

    public long entriesSent() {
        return entriesSent;
    }
}
