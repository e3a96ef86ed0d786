package io.hapsim.simulator.state;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.function.Supplier;

/**
 * A CLI connection as HAProxy's stream of it: what {@code show sess} lists and {@code shutdown session} ends. Its
 * pointer and descriptor are made up (see {@link CliStreams}); its id, accept date, age, read timeout and the bytes it
 * read and wrote are the connection's own.
 * Touched only on the event loop.
 */
public final class CliStream {

    private final long pointer;
    private final long id;
    private final int fd;
    private final int listenerId;
    private final boolean fromMaster;
    private final InetSocketAddress peer;
    private final InetSocketAddress local;
    private final long openedNanos;
    private final ZonedDateTime accepted;
    private final Supplier<Duration> idleTimeout;
    private final Runnable shutdown;
    private int epoch;
    private long lastReadNanos;
    private boolean answered;
    private long bytesRead;
    private long bytesWritten;

    CliStream(long pointer, long id, int fd, int listenerId, boolean fromMaster, InetSocketAddress peer,
            InetSocketAddress local,
            int epoch, Supplier<Duration> idleTimeout,
            Runnable shutdown) {
        this.pointer = pointer;
        this.id = id;
        this.fd = fd;
        this.listenerId = listenerId;
        this.fromMaster = fromMaster;
        this.peer = peer;
        this.local = local;
        this.epoch = epoch;
        this.idleTimeout = idleTimeout;
        this.shutdown = shutdown;
        this.openedNanos = System.nanoTime();
        this.accepted = ZonedDateTime.now();
        this.lastReadNanos = openedNanos;
    }

    /** The address {@code show sess} names it by and {@code shutdown session} takes. */
    public long pointer() {
        return pointer;
    }

    /** Its number among the streams the process opened, from 0 ({@code id=}). */
    public long id() {
        return id;
    }

    /** When the connection was accepted, in the host's time zone. */
    public ZonedDateTime accepted() {
        return accepted;
    }

    public int fd() {
        return fd;
    }

    /** Its stats socket's number among the configuration's, from 1 (the listener's id, {@code src=unix:N}). */
    public int listenerId() {
        return listenerId;
    }

    /** Whether a master opened it, through a worker's link to it. */
    public boolean fromMaster() {
        return fromMaster;
    }

    /** The client's address, or null on a UNIX socket. */
    public InetSocketAddress peer() {
        return peer;
    }

    /** The listener's address it came to, or null on a UNIX socket. */
    public InetSocketAddress local() {
        return local;
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

    /** Its stats timeout, whole. */
    public Duration idleTimeout() {
        return idleTimeout.get();
    }

    /** What is left of its stats timeout since it last read (negative once past). */
    public Duration readTimeoutLeft() {
        return idleTimeout.get().minusNanos(System.nanoTime() - lastReadNanos);
    }

    /** Whether it has answered a command already (its channels then carry the flags of that past). */
    public boolean answered() {
        return answered;
    }

    /** The client sent that many bytes. */
    public void read(int bytes) {
        lastReadNanos = System.nanoTime();
        bytesRead += bytes;
    }

    /** That many bytes of answers went out to the client. */
    public void wrote(int bytes) {
        bytesWritten += bytes;
    }

    /** The bytes the client sent so far. */
    public long bytesRead() {
        return bytesRead;
    }

    /** The bytes of answers sent so far. */
    public long bytesWritten() {
        return bytesWritten;
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
