package io.hapsim.simulator.version;

/** How CRLF line ends are treated in commands and payloads. */
public enum CrlfHandling {
    /** 2.x: the CR before LF is dropped everywhere; {@code \r\n} alone ends a payload. */
    STRIP,
    /**
     * 3.0.11, 3.2: payload lines keep their CR, so a {@code \r\n} line never ends a payload (a command line still
     * loses it; 3.2's whole-line parser then sees one more, empty, command).
     */
    KEPT
}
