package io.hapsim.simulator.state;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * A CLI connection as HAProxy's stream of it: what {@code show sess} lists and {@code shutdown session} ends. Its
 * pointer and descriptor are made up (see {@link CliStreams}); its age and read timeout are the connection's own.
 * Touched only on the event loop.
 */
public final class CliStream {

    private final long pointer;
    private final int fd;
    private final int listenerId;
    private final InetSocketAddress peer;
    private final long openedNanos;
    private final Supplier<Duration> idleTimeout;
    private final Runnable shutdown;
    private int epoch;
    private long lastReadNanos;
    private boolean answered;

    CliStream(long pointer, int fd, int listenerId, InetSocketAddress peer, int epoch, Supplier<Duration> idleTimeout,
            Runnable shutdown) {
        this.pointer = pointer;
        this.fd = fd;
        this.listenerId = listenerId;
        this.peer = peer;
        this.epoch = epoch;
        this.idleTimeout = idleTimeout;
        this.shutdown = shutdown;
        this.openedNanos = System.nanoTime();
        this.lastReadNanos = openedNanos;
    }

    /** The address {@code show sess} names it by and {@code shutdown session} takes. */
    public long pointer() {
        return pointer;
    }

    public int fd() {
        return fd;
    }

    /** Its stats socket's number among the configuration's, from 1 (the listener's id, {@code src=unix:N}). */
    public int listenerId() {
        return listenerId;
    }

    /** The client's address, or null on a UNIX socket. */
    public InetSocketAddress peer() {
        return peer;
    }

    /** The value of the process's epoch when it opened, or when it last started a {@code show sess}. */
    public int epoch() {
        return epoch;
    }

    void epoch(int epoch) {
        this.epoch = epoch;
    }

    public Duration age() {
        return Duration.ofNanos(System.nanoTime() - openedNanos);
    }

    /** What is left of its stats timeout since it last read (negative once past). */
    public Duration readTimeoutLeft() {
        return idleTimeout.get().minusNanos(System.nanoTime() - lastReadNanos);
    }

    /** Whether it has answered a command already (its channels then carry the flags of that past). */
    public boolean answered() {
        return answered;
    }

    /** The client sent something. */
    public void read() {
        lastReadNanos = System.nanoTime();
    }

    /** A command's answer went out. */
    public void commandAnswered() {
        answered = true;
    }

    /** Ends the connection as {@code shutdown session} does, once the running command is done. */
    public void shutdown() {
        shutdown.run();
    }
}
