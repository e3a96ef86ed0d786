package io.hapsim.simulator.command.info;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.session.AccessLevel;
import io.hapsim.simulator.state.events.EventSink;
import io.hapsim.simulator.state.events.Ring;
import io.hapsim.simulator.state.events.Severity;
import io.hapsim.simulator.version.EventsCli;
import java.util.List;
import java.util.Optional;

/**
 * {@code show events}: the event sinks; {@code show events <sink> [-w] [-n] [-0]}: the events a ring holds (all, or
 * with {@code -n} none of those already there), each ended by a line feed or with {@code -0} a NUL, and with
 * {@code -w} the events that follow, as they arrive, until the client sends something or closes its side.
 */
final class ShowEventsCommand implements CommandHandler {

    @Override
    public Reply handle(CommandContext ctx) {
        if (ctx.arg(2).isEmpty()) {
            return new Reply.Message(Severity.WARNING, listing(ctx));
        }
        if (!ctx.session().level().atLeast(AccessLevel.OPERATOR)) {
            return Reply.permissionDenied();
        }
        EventsCli rules = ctx.profile().eventsCli();
        Optional<EventSink> sink = ctx.runtime().events().find(ctx.arg(2));
        if (sink.isEmpty()) {
            return Reply.error("No such event sink");
        }
        Ring ring = sink.get().ring();
        if (ring == null) {
            return new Reply.Message(Severity.NOTICE, "Nothing to report for this sink");
        }
        List<String> options = ctx.args().subList(3, ctx.args().size());
        if (!rules.options().containsAll(options)) {
            return Reply.error("unknown option");
        }
        boolean follow = options.stream().anyMatch(option -> option.contains("w"));
        boolean onlyNew = options.stream().anyMatch(option -> option.contains("n"));
        char separator = options.contains("-0") ? '\0' : '\n';
        RingReader reader = new RingReader(ring, onlyNew ? ring.end() : ring.start(), separator);
        if (follow) {
            return Reply.live(reader);
        }
        StringBuilder events = new StringBuilder();
        reader.drain(events);
        return Reply.text(events.toString());
    }

    /** The listing: the built-in sinks, then the configuration's rings (a warning, as severity prefixes show). */
    private static String listing(CommandContext ctx) {
        StringBuilder out = new StringBuilder(Diagnostics.of(ctx.profile()).eventsHeader()).append('\n');
        for (EventSink sink : ctx.runtime().events().all()) {
            out.append(String.format("    %-10s : type=%s, %d dropped, %s", sink.name(), sink.type(), sink.dropped(),
                    sink.description())).append('\n');
        }
        return out.toString();
    }
}
