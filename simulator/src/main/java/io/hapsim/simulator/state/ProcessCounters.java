package io.hapsim.simulator.state;

import java.time.Duration;

/**
 * What {@code show info} counts about the CLI's own traffic: connections (each carries one stream) and the bytes
 * sent to clients, and how long the process took to start. Touched only on the event loop.
 */
public final class ProcessCounters {

    private long cumulativeConnections;
    private int currentConnections;
    private long bytesSent;
    private Duration bootTime = Duration.ZERO;

    public void connectionOpened() {
        cumulativeConnections++;
        currentConnections++;
    }

    public void connectionClosed() {
        currentConnections--;
    }

    public void sent(int bytes) {
        bytesSent += bytes;
    }

    /** Recorded once every socket listens. */
    public void booted(Duration time) {
        bootTime = time;
    }

    /** CumConns, CumReq and CumStreams: every CLI connection so far, the current one included. */
    public long cumulativeConnections() {
        return cumulativeConnections;
    }

    /** CurrStreams: the CLI connections open now. */
    public int currentConnections() {
        return currentConnections;
    }

    /** TotalBytesOut: what the CLI has sent so far (the answer being written not yet included). */
    public long bytesSent() {
        return bytesSent;
    }

    public Duration bootTime() {
        return bootTime;
    }
}
