package io.hapsim.simulator.state.events;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * An in-memory event buffer: the events it holds, oldest first, and the sessions following it. Once the events
 * outgrow its size the oldest go; an event bigger than the whole buffer is dropped (and counted, as {@code show
 * events} reports). Each event costs its length plus a few bytes of framing, about what HAProxy's rings spend.
 * Like the rest of a process's state, it is only used on the process's event loop.
 */
public final class Ring {

    private final int size;
    private final ArrayDeque<String> events = new ArrayDeque<>();
    /** The number of the oldest event held: numbers only grow, so a reader's position survives the oldest going. */
    private long first;
    private long used;
    private long dropped;
    private final List<Runnable> followers = new ArrayList<>();

    public Ring(int size) {
        this.size = size;
    }

    /** Adds an event (without its line ending) and wakes whoever follows the ring. */
    public void write(String event) {
        long cost = cost(event);
        if (cost > size) {
            dropped++;
            return;
        }
        events.addLast(event);
        used += cost;
        while (used > size) {
            used -= cost(events.removeFirst());
            first++;
        }
        List.copyOf(followers).forEach(Runnable::run);
    }

    /** The events held, oldest first. */
    public List<String> events() {
        return List.copyOf(events);
    }

    /** Events that did not fit at all. */
    public long dropped() {
        return dropped;
    }

    /** The position after the newest event: where a reader that wants only new events starts. */
    public long end() {
        return first + events.size();
    }

    /** The position of the oldest event held. */
    public long start() {
        return first;
    }

    /**
     * Appends the events from position {@code from} on (from the oldest held, if those have gone), each followed by
     * {@code separator}; returns the position after them.
     */
    public long read(long from, char separator, StringBuilder out) {
        long position = first;
        Iterator<String> each = events.iterator();
        while (each.hasNext()) {
            String event = each.next();
            if (position++ >= from) {
                out.append(event).append(separator);
            }
        }
        return end();
    }

    /** {@code wake} runs after each event written, until {@link #unfollow}. */
    public void follow(Runnable wake) {
        followers.add(wake);
    }

    public void unfollow(Runnable wake) {
        followers.remove(wake);
    }

    private static long cost(String event) {
        int length = event.length();
        int lengthBytes = 1;
        for (int rest = length >>> 7; rest > 0; rest >>>= 7) {
            lengthBytes++;
        }
        return length + lengthBytes + 1; // the length as a varint, and a byte for the readers count
    }
}
