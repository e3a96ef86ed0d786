package io.hapsim.simulator.state;

import java.util.ArrayList;
import java.util.List;

/**
 * What a process keeps of what it logged while it started ({@code show startup-logs}), until it is closed. A master
 * and its worker write to the same one from 3.1, where the master opens it before it starts the worker and closes it
 * once the worker is ready.
 */
public final class StartupLogBook {

    private final List<String> lines = new ArrayList<>();
    private boolean open = true;

    synchronized void add(String line) {
        if (open) {
            lines.add(line);
        }
    }

    /** The start-up is over: nothing more is kept. */
    public synchronized void close() {
        open = false;
    }

    public synchronized List<String> lines() {
        return List.copyOf(lines);
    }
}
