package io.hapsim.simulator.version;

/** When prompt mode prints the {@code + } that asks for more payload lines. */
public enum PayloadPrompt {
    /** After every payload line (2.4 to 3.1). */
    EVERY_LINE,
    /**
     * Once, when the client has really sent nothing more and the payload is not finished (3.2+; 3.4 also prints
     * one each time a payload outgrows its buffer, see {@code Frame.PayloadBufferGrew}).
     */
    WHEN_DRAINED
}
