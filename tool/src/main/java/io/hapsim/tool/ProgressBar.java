package io.hapsim.tool;

import io.hapsim.client.map.ProgressListener;
import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar on a terminal (standard error): entries acknowledged, entries/s and ETA when the total
 * is known. Redrawn at most 10 times a second; {@link #done()} ends the line.
 */
final class ProgressBar implements ProgressListener {

    private static final int WIDTH = 28;

    private final PrintStream err;
    private final long total;
    private final long start = System.nanoTime();
    private long lastDraw;
    private volatile String phase = "prepare";
    private volatile long entries;

    /** @param total expected entries, or 0 if unknown */
    ProgressBar(PrintStream err, long total) {
        this.err = err;
        this.total = total;
    }

    @Override
    public synchronized void acknowledged(long acknowledged, long chunks) {
        entries = acknowledged;
        long now = System.nanoTime();
        if (now - lastDraw > 100_000_000L) {
            lastDraw = now;
            draw(now);
        }
    }

    @Override
    public synchronized void phase(String name) {
        phase = name;
        draw(System.nanoTime());
    }

    private void draw(long now) {
        double seconds = Math.max(1e-3, (now - start) / 1e9);
        double rate = entries / seconds;
        StringBuilder line = new StringBuilder("\r");
        line.append(String.format(Locale.ROOT, "%-7s ", phase));
        if (total > 0) {
            double done = Math.min(1.0, entries / (double) total);
            int filled = (int) Math.round(done * WIDTH);
            line.append('[').append("#".repeat(filled)).append(".".repeat(WIDTH - filled)).append("] ");
            line.append(String.format(Locale.ROOT, "%3.0f%% ", done * 100));
        }
        line.append(String.format(Locale.ROOT, "%,d entries  %,.0f entries/s", entries, rate));
        if (total > 0 && rate > 0 && entries < total) {
            long eta = (long) Math.ceil((total - entries) / rate);
            line.append(String.format(Locale.ROOT, "  ETA %d:%02d", eta / 60, eta % 60));
        }
        line.append("   ");
        err.print(line);
        err.flush();
    }

    synchronized void done() {
        draw(System.nanoTime());
        err.println();
        err.flush();
    }
}
