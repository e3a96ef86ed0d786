package io.hapsim.simulator.version;

/** How a size of the configuration ({@code tune.bufsize}) is read; it changed in 3.1. */
public enum SizeSyntax {
    /** Up to 3.0: a number read like atol, whatever follows its digits ignored. */
    ATOL,
    /** 3.1+: digits then an optional k, m or g unit, nothing else; other text is refused, naming it. */
    WITH_UNIT
}
