package io.hapsim.simulator.version;

/** How CRLF line ends are treated in commands and payloads. */
public enum CrlfHandling {
    /** 2.x: the CR before LF is dropped everywhere; {@code \r\n} alone ends a payload. */
    STRIP,
    /** 3.0, 3.1: as STRIP for commands, but payload line separators become CR ({@code x1\rw2 x2}). */
    PAYLOAD_SEPARATOR_BECOMES_CR,
    /**
     * 3.2: a command line ending in CRLF carries one extra empty command; payload lines keep their CR, so a
     * {@code \r\n} line never ends a payload.
     */
    KEPT
}
