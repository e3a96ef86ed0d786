package io.hapsim.simulator.command.info;

import io.hapsim.simulator.command.LiveOutput;
import io.hapsim.simulator.state.events.Ring;

/** One session's reading of a ring: where it is, and how it ends each event. */
final class RingReader implements LiveOutput {

    private final Ring ring;
    private final char separator;
    private long position;
    private Runnable wake;

    RingReader(Ring ring, long from, char separator) {
        this.ring = ring;
        this.position = from;
        this.separator = separator;
    }

    @Override
    public void drain(StringBuilder out) {
        position = ring.read(position, separator, out);
    }

    @Override
    public void start(Runnable wake) {
        this.wake = wake;
        ring.follow(wake);
    }

    @Override
    public void stop() {
        ring.unfollow(wake);
    }
}
