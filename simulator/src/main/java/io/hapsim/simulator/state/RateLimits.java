package io.hapsim.simulator.state;

/**
 * The process's rate limits that {@code set rate-limit ... global} changes and {@code show info} reports; 0 means
 * none. Kept as HAProxy keeps them: connections, sessions and SSL sessions per second as C ints, the compression
 * speed in bytes per second as an unsigned 32-bit value (what the kB/s given is multiplied into).
 */
public final class RateLimits {

    private volatile int connections;
    private volatile int sessions;
    private volatile int sslSessions;
    private volatile int compressionBytes;

    public int connections() {
        return connections;
    }

    public void setConnections(int perSecond) {
        this.connections = perSecond;
    }

    public int sessions() {
        return sessions;
    }

    public void setSessions(int perSecond) {
        this.sessions = perSecond;
    }

    public int sslSessions() {
        return sslSessions;
    }

    public void setSslSessions(int perSecond) {
        this.sslSessions = perSecond;
    }

    /** The compression limit in bytes per second, as HAProxy prints it (unsigned). */
    public String compressionBytesText() {
        return Integer.toUnsignedString(compressionBytes);
    }

    /** Sets it from kB/s: multiplied by 1024 into 32 bits, as HAProxy stores it. */
    public void setCompressionKilobytes(int kilobytesPerSecond) {
        this.compressionBytes = kilobytesPerSecond * 1024;
    }
}
