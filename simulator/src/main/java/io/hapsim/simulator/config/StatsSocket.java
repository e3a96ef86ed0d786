package io.hapsim.simulator.config;

import io.hapsim.simulator.session.AccessLevel;
import io.hapsim.simulator.session.SeverityOutput;
import java.util.Objects;

/**
 * One {@code stats socket} line: where it listens, the level its sessions start with, their message prefix, and
 * the owner and mode of its socket file.
 */
public record StatsSocket(ListenAddress address, AccessLevel level, SeverityOutput severityOutput,
        SocketFileAccess fileAccess) {

    public StatsSocket {
        Objects.requireNonNull(address);
        Objects.requireNonNull(level);
        Objects.requireNonNull(severityOutput);
        Objects.requireNonNull(fileAccess);
    }

    public StatsSocket(ListenAddress address, AccessLevel level) {
        this(address, level, SeverityOutput.NONE, SocketFileAccess.NONE);
    }

    /** The same socket at another address. */
    public StatsSocket at(ListenAddress other) {
        return new StatsSocket(other, level, severityOutput, fileAccess);
    }
}
