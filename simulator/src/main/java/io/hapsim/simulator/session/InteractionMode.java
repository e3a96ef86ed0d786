package io.hapsim.simulator.session;

/** How a connection takes its input and ends its answers. */
public enum InteractionMode {
    /** The default: the connection closes once its command line (or, up to 2.8, its buffered lines) ran. */
    NON_INTERACTIVE,
    /** After {@code prompt}: many commands, each answer followed by the {@code > } prompt. */
    PROMPT,
    /** 3.2's {@code prompt i}: many commands, answers end with an empty line, no prompt. */
    INTERACTIVE_NO_PROMPT;

    public boolean interactive() {
        return this != NON_INTERACTIVE;
    }
}
