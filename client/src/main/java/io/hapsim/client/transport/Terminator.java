package io.hapsim.client.transport;

/** How an answer ends on an interactive connection. */
public enum Terminator {
    /** Prompt mode ({@code prompt}): the answer is followed by {@code "\n> "}; payload lines may be acknowledged
     *  by {@code "+ "} continuation prompts before it, which are consumed. */
    PROMPT,
    /** Interactive without prompt ({@code prompt i}, 3.2+): the answer is followed by an empty line. */
    EMPTY_LINE
}
