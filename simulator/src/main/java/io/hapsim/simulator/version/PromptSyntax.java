package io.hapsim.simulator.version;

/** What the {@code prompt} command accepts. */
public enum PromptSyntax {
    /** 2.4, 2.6: any arguments are ignored and prompt mode is toggled. */
    TOGGLE,
    /** 2.8 to 3.1: {@code prompt timed} forces prompt mode and toggles the uptime display. */
    TOGGLE_TIMED,
    /** 3.2: {@code prompt [help | n | i | p | timed]*}. */
    MODES
}
