package io.hapsim.simulator.command.proxy;

import java.util.List;

/** How show stat writes its lines: CSV (default), "typed" or "json". */
interface StatFormat {

    String header(List<StatColumn> columns);

    /** One object's line; {@code first} for the first line written. */
    String line(List<StatColumn> columns, StatLine line, boolean first);

    String footer();
}
