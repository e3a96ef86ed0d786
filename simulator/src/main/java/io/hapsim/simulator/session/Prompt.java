package io.hapsim.simulator.session;

import io.hapsim.simulator.state.Uptime;

/** The bytes that end an answer: the plain terminator, or the {@code > } prompt (optionally with the uptime). */
final class Prompt {

    static final String TERMINATOR = "\n";
    /** Printed in prompt mode for each line a payload still waits for. */
    static final String CONTINUATION = "+ ";

    private Prompt() {
    }

    /** What follows an answer in the given mode. */
    static String after(InteractionMode mode, boolean timed, Uptime uptime) {
        if (mode != InteractionMode.PROMPT) {
            return TERMINATOR;
        }
        if (!timed) {
            return "\n> ";
        }
        return "\n" + uptime.promptText() + "> ";
    }
}
