package io.hapsim.simulator.command.info;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.config.EventRing;

/**
 * {@code show events}: the event sinks, built-in (standard output and error, the in-memory buffer and, from 3.2,
 * the Data Plane API's ring) then the configuration's rings. Nothing is ever logged to them, so none has dropped an
 * event. Naming a sink to dump or follow it ({@code show events <sink> -w}) is not simulated.
 */
final class ShowEventsCommand implements CommandHandler {

    @Override
    public Reply handle(CommandContext ctx) {
        if (!ctx.arg(2).isEmpty()) {
            return Reply.error("hapsim does not simulate 'show events' of a sink.\n");
        }
        Diagnostics diagnostics = Diagnostics.of(ctx.profile());
        StringBuilder out = new StringBuilder(diagnostics.eventsHeader()).append('\n');
        sink(out, "stdout", "fd", "standard output (fd#1)");
        // HAProxy describes its standard error as an output too
        sink(out, "stderr", "fd", "standard output (fd#2)");
        sink(out, "buf0", "buffer", "in-memory ring buffer");
        if (diagnostics.dpapiRing()) {
            sink(out, "dpapi", "buffer", "DPAPI ring buffer");
        }
        for (EventRing ring : ctx.runtime().process().rings()) {
            sink(out, ring.name(), "buffer", ring.description());
        }
        return Reply.text(out.toString());
    }

    private static void sink(StringBuilder out, String name, String type, String description) {
        out.append(String.format("    %-10s : type=%s, 0 dropped, %s", name, type, description)).append('\n');
    }
}
