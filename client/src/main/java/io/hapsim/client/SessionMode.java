package io.hapsim.client;

import io.hapsim.client.transport.Terminator;

/** How a {@link CliSession} keeps its connection interactive. */
public enum SessionMode {
    /** {@code prompt}: every answer ends with {@code "\n> "}; all versions. */
    PROMPT("prompt", Terminator.PROMPT),
    /** {@code prompt i}: interactive without prompt, every answer ends with an empty line; 3.2 and later only. */
    INTERACTIVE("prompt i", Terminator.EMPTY_LINE);

    private final String command;
    private final Terminator terminator;

    SessionMode(String command, Terminator terminator) {
        this.command = command;
        this.terminator = terminator;
    }

    /** The command that enters this mode from a fresh (non-interactive) connection. */
    public String command() {
        return command;
    }

    public Terminator terminator() {
        return terminator;
    }

    /** Whether {@code version} supports this mode. */
    public boolean supportedBy(HaproxyVersion version) {
        return this == PROMPT || version.atLeast(3, 2);
    }
}
