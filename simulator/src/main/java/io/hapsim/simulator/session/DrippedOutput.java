package io.hapsim.simulator.session;

import io.hapsim.simulator.command.OutputSource;

/** An answer let out a few bytes at a time, one piece per period (the drip fault: a slow link). */
final class DrippedOutput implements OutputSource {

    private final OutputSource answer;
    private final int bytes;
    private final long periodMillis;
    private final StringBuilder pending = new StringBuilder();
    private boolean answerDone;
    private boolean pauseNext;

    DrippedOutput(OutputSource answer, int bytes, long periodMillis) {
        this.answer = answer;
        this.bytes = bytes;
        this.periodMillis = periodMillis;
    }

    @Override
    public boolean produce(StringBuilder out, int budget) {
        if (pauseNext) {
            pauseNext = false;
            return true; // nothing this time: the session comes back after the period
        }
        while (!answerDone && pending.length() < bytes) {
            int before = pending.length();
            answerDone = !answer.produce(pending, Math.max(budget, bytes));
            if (pending.length() == before) {
                break; // the answer itself waits (a delayed one): come back after the period
            }
        }
        int piece = Math.min(bytes, pending.length());
        out.append(pending, 0, piece);
        pending.delete(0, piece);
        pauseNext = true;
        return !answerDone || pending.length() > 0;
    }

    @Override
    public long pauseMillis() {
        return periodMillis;
    }
}
