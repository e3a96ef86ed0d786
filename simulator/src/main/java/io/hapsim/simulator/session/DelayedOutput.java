package io.hapsim.simulator.session;

import io.hapsim.simulator.command.OutputSource;
import java.util.concurrent.TimeUnit;

/** The answer of a {@link io.hapsim.simulator.command.Reply.Delayed}: nothing until its deadline, then its text. */
final class DelayedOutput implements OutputSource {

    private final long deadline;
    private final String text;

    DelayedOutput(long millis, String text) {
        this.deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        this.text = text;
    }

    @Override
    public boolean produce(StringBuilder out, int budget) {
        if (System.nanoTime() - deadline < 0) {
            return true;
        }
        out.append(text);
        return false;
    }

    @Override
    public long pauseMillis() {
        return Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
    }
}
