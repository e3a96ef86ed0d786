package io.hapsim.simulator;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;

/**
 * The commands a simulator ran, within its {@link JournalSettings}: written by the event loop, read by tests. Its
 * memory stays bounded however long the simulator runs.
 */
final class Journal {

    private final JournalSettings settings;
    private final ArrayDeque<RecordedCommand> kept = new ArrayDeque<>();
    private long bytes;
    private long dropped;

    Journal(JournalSettings settings) {
        this.settings = settings;
    }

    synchronized void record(List<String> args, String payload) {
        if (settings.commands() == 0) {
            dropped++;
            return;
        }
        RecordedCommand command = RecordedCommand.of(args, payload, settings.payloads());
        kept.addLast(command);
        bytes += command.size();
        while (kept.size() > settings.commands() || bytes > settings.bytes()) {
            bytes -= kept.removeFirst().size();
            dropped++;
        }
        notifyAll();
    }

    /** The oldest command kept and not taken yet, waiting up to {@code timeout}; null if none came. */
    synchronized RecordedCommand take(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (kept.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        RecordedCommand command = kept.removeFirst();
        bytes -= command.size();
        return command;
    }

    synchronized int size() {
        return kept.size();
    }

    synchronized long dropped() {
        return dropped;
    }
}
