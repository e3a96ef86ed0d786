package io.hapsim.simulator.control;

import java.util.List;

/** An answer sent as JSON lines ({@code application/x-ndjson}): one value per line, for streaming readers. */
record JsonLines(List<?> values) {

    JsonLines {
        values = List.copyOf(values);
    }
}
