package io.hapsim.simulator.state;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Supplier;

/**
 * The CLI connections the process serves now, in the order they came, as one thread's list of streams. Their
 * pointers only look like addresses: a base drawn from the pid, then one stream's size further for each connection
 * since the start (never reused, so that a pointer read earlier cannot end a newer connection, where real HAProxy,
 * whose pools hand a freed stream's memory to the next one, may end the asking connection itself). Their descriptors
 * are the lowest free after the listeners', as the kernel hands them out. Touched only on the event loop.
 */
public final class CliStreams {

    /** The size of a stream in 3.0's pools: neighbouring streams are this far apart. */
    private static final long STREAM_SIZE = 0x400;
    /** The descriptors HAProxy holds besides its listeners (standard ones, poller, thread pipes...). */
    private static final int PROCESS_DESCRIPTORS = 10;
    /** How far below the first stream the listeners are made to lie (allocated at start, before any stream). */
    private static final long LISTENERS_BELOW = 0x100000;

    private final long pointerBase;
    private final int firstFd;
    private final List<CliStream> streams = new ArrayList<>();
    private final BitSet fdsInUse = new BitSet();
    private long opened;
    private int epoch;

    public CliStreams(long pid, int listeners) {
        this.pointerBase = 0x7f0000000000L + (pid % 0xfff) * 0x10000000L;
        this.firstFd = PROCESS_DESCRIPTORS + listeners;
    }

    /**
     * A connection accepted on the stats socket numbered {@code listenerId} (from 1; {@code fromMaster}: the link
     * to a master), from {@code peer} to {@code local} (both null: UNIX socket); {@code shutdown} ends it.
     */
    public CliStream open(int listenerId, boolean fromMaster, InetSocketAddress peer, InetSocketAddress local,
            Supplier<Duration> idleTimeout, Runnable shutdown) {
        int fd = fdsInUse.nextClearBit(firstFd);
        fdsInUse.set(fd);
        CliStream stream = new CliStream(pointerBase + STREAM_SIZE * opened, opened++, fd, listenerId, fromMaster,
                peer, local,
                epoch, idleTimeout, shutdown);
        streams.add(stream);
        return stream;
    }

    /** The address of the stats socket numbered {@code listenerId}, as a stream dump names its target. */
    public long listenerPointer(int listenerId) {
        return pointerBase - LISTENERS_BELOW + STREAM_SIZE * listenerId;
    }

    public void close(CliStream stream) {
        if (streams.remove(stream)) {
            fdsInUse.clear(stream.fd());
        }
    }

    /** The streams open now, oldest first. */
    public List<CliStream> all() {
        return List.copyOf(streams);
    }

    /** The stream of that pointer, or null. */
    public CliStream find(long pointer) {
        for (CliStream stream : streams) {
            if (stream.pointer() == pointer) {
                return stream;
            }
        }
        return null;
    }

    /** A dump starts: the asking stream takes the current epoch, and the process moves to the next. */
    public void dumpStartedBy(CliStream asking) {
        asking.epoch(epoch++);
    }
}
