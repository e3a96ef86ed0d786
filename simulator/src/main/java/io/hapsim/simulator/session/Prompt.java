package io.hapsim.simulator.session;

import java.time.Duration;

/** The bytes that end an answer: the plain terminator, or the {@code > } prompt (optionally with the uptime). */
final class Prompt {

    static final String TERMINATOR = "\n";
    /** Printed in prompt mode for each line a payload still waits for. */
    static final String CONTINUATION = "+ ";

    private Prompt() {
    }

    /** What follows an answer in the given mode. */
    static String after(InteractionMode mode, boolean timed, Duration uptime) {
        if (mode != InteractionMode.PROMPT) {
            return TERMINATOR;
        }
        if (!timed) {
            return "\n> ";
        }
        long seconds = uptime.getSeconds();
        return String.format("\n[%d:%02d:%02d:%02d]> ", seconds / 86400, seconds / 3600 % 24, seconds / 60 % 60,
                seconds % 60);
    }
}
