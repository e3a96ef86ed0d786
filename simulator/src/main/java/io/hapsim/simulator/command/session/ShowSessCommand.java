package io.hapsim.simulator.command.session;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.config.TimeValue;
import io.hapsim.simulator.state.CliStream;
import io.hapsim.simulator.state.CliStreams;
import io.hapsim.simulator.state.proxy.Proxies;
import io.hapsim.simulator.state.proxy.Proxy;
import io.hapsim.simulator.version.StreamListing;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * {@code show sess [...]} (operator): the streams of the process, which in the simulator are the CLI connections it
 * serves now (the asking one included), oldest first, one line each, as the version lists them (profile field
 * {@code streamListing}: the line's layout, which words select what, and the flags recorded from a CLI stream of
 * the real version that was idle since it opened, was asking, or was idle after an answer).
 *
 * <p>Meaningful: the listener ({@code src=unix:N}, N the stats socket's place in the configuration, or the client's
 * address and port), the age, the read timeout left ({@code rx}/{@code rex} and {@code exp}: the stats timeout since
 * the connection last read; the asking stream's is whole from 3.0, none on 2.6), the order, and which pointer is
 * whose ({@code shutdown session} takes them). Plausible only: the pointer (stable per connection, never reused),
 * the descriptor (the lowest free after the listeners'), the epoch (each {@code show sess} moves it on, as real
 * does), the flags, and {@code ts=00 calls=1 rate=0 cpu=0 lat=0}. Real lists each thread's streams in turn; the
 * simulator's are one thread's.
 *
 * <p>The long format ({@code all}, {@code older}, a pointer found) dumps each stream as the version does (profile
 * field {@code streamDump}, see {@link StreamDump}). Meaningful there too: the accept date, the id (counting the
 * connections since the start), the listener's id and address, the client's address, the age, the stats timeout
 * and what is left of it, the bytes each connection read and wrote ({@code total=}, {@code in=}/{@code out=}; on
 * 2.6 the asking stream's response also holds the dump so far). Plausible only: the pointers (the stream's own, the
 * others at fixed offsets from it), and the flags, states and call counts, recorded from a CLI stream of the real
 * version that was idle, asking, or idle after {@code prompt}; the threads are one thread's.
 */
final class ShowSessCommand implements CommandHandler {

    /** What 3.2 and 3.4 print for {@code show sess help}, as an error. */
    private static final String HELP = "Usage: show sess [<id> | all | help] [<options>*]\n"
            + "Dumps active streams (formerly called 'sessions'). Available selectors:\n"
            + "   <id>         dump only this stream identifier (0x...)\n"
            + "   all          dump all matching streams in large format\n"
            + "   help         show this message\n"
            + "   susp         report streams considered suspicious\n"
            + "Available options: \n"
            + "   show-uri     also display the transaction URI, if available\n"
            + "   older <age>  only display streams older than <age> seconds\n"
            + "   server <b/s> only show streams attached to this backend+server\n"
            + "   backend <b>  only show streams attached to this backend\n"
            + "   frontend <f> only show streams attached to this frontend\n"
            + "Without any argument, all streams are dumped in a shorter format.\n";

    /** The pointer that selects every stream at length ({@code (void *)-1}); 0 selects them all in short. */
    private static final long ALL = -1L;

    /** What the words select; {@code error} set when they are refused. */
    private static final class Selection {
        long target;
        long minimumAgeSeconds;
        boolean suspicious;
        boolean proxyFilter;
        Reply error;
    }

    @Override
    public Reply handle(CommandContext ctx) {
        StreamListing listing = ctx.profile().streamListing();
        Selection selection = listing.options() ? withOptions(ctx)
                : listing.selectors() ? withSelectors(ctx) : pointerOrAll(ctx);
        if (selection.error != null) {
            return selection.error;
        }
        CliStreams streams = ctx.runtime().streams();
        streams.dumpStartedBy(ctx.session().stream());
        if (selection.target != 0 && selection.target != ALL) {
            CliStream stream = streams.find(selection.target);
            return stream == null ? Reply.text("Session not found.\n") : dump(ctx, List.of(stream));
        }
        List<CliStream> shown = selection.suspicious || selection.proxyFilter ? List.of()
                : streams.all().stream()
                        .filter(stream -> stream.age().getSeconds() >= selection.minimumAgeSeconds).toList();
        if (selection.target == ALL) {
            return dump(ctx, shown);
        }
        StringBuilder out = new StringBuilder();
        for (CliStream stream : shown) {
            line(out, listing, stream, stream == ctx.session().stream());
        }
        return Reply.text(out.toString());
    }

    /** The streams at length, in the version's layout. */
    private static Reply dump(CommandContext ctx, List<CliStream> shown) {
        StreamListing listing = ctx.profile().streamListing();
        StreamDump layout = StreamDump.named(ctx.profile().streamDump());
        StringBuilder out = new StringBuilder();
        for (CliStream stream : shown) {
            boolean asking = stream == ctx.session().stream();
            String state = asking ? "asking" : stream.answered() ? "answered" : "idle";
            layout.append(out, stream, state, flags(listing, stream, asking),
                    ctx.runtime().streams().listenerPointer(stream.listenerId()));
        }
        return Reply.text(out.toString());
    }

    /** The flags the version showed for a stream in that state. */
    private static StreamListing.Flags flags(StreamListing listing, CliStream stream, boolean asking) {
        return asking ? listing.asking() : stream.answered() ? listing.answered() : listing.idle();
    }

    /** 2.6: {@code all}, else a pointer; a word that reads as 0 lists all. */
    private static Selection pointerOrAll(CommandContext ctx) {
        Selection selection = new Selection();
        selection.target = ctx.arg(2).equals("all") ? ALL : StreamPointer.read(ctx.arg(2));
        return selection;
    }

    /** 3.0: {@code older <age>}, {@code susp}, {@code all}, else a pointer; what follows is ignored. */
    private static Selection withSelectors(CommandContext ctx) {
        Selection selection = new Selection();
        switch (ctx.arg(2)) {
            case "older" -> olderThan(ctx.arg(3), selection);
            case "susp" -> {
                selection.suspicious = true;
                selection.target = ALL;
            }
            case "all" -> selection.target = ALL;
            default -> selection.target = StreamPointer.read(ctx.arg(2));
        }
        return selection;
    }

    /** 3.1+: a selector ({@code older <age>}, {@code all}, {@code help} or a pointer), then options. */
    private static Selection withOptions(CommandContext ctx) {
        Selection selection = new Selection();
        int at = 2;
        switch (ctx.arg(at)) {
            case "older" -> {
                olderThan(ctx.arg(at + 1), selection);
                at += 2;
            }
            case "all" -> {
                selection.target = ALL;
                at++;
            }
            case "help" -> selection.error = Reply.error(HELP);
            default -> {
                selection.target = StreamPointer.read(ctx.arg(at));
                if (selection.target != 0) {
                    at++;
                }
            }
        }
        for (; selection.error == null && !ctx.arg(at).isEmpty(); at++) {
            String option = ctx.arg(at);
            switch (option) {
                case "show-uri" -> { } // a CLI stream has no transaction
                case "susp" -> selection.suspicious = true;
                case "server", "backend", "frontend" -> {
                    proxyFilter(option, ctx.arg(at + 1), ctx.runtime().proxies(), selection);
                    at++;
                }
                default -> selection.error = Reply.error("Unsupported option '" + option
                        + "', try 'help' for more info.\n");
            }
        }
        return selection;
    }

    private static void olderThan(String age, Selection selection) {
        if (age.isEmpty()) {
            selection.error = Reply.error("Expects a minimum age (in seconds by default).\n");
            return;
        }
        TimeValue seconds = TimeValue.read(age, TimeValue.Unit.SECONDS);
        if (seconds.problem() != TimeValue.Problem.NONE) {
            selection.error = Reply.error("Invalid age.\n");
            return;
        }
        selection.minimumAgeSeconds = seconds.value();
        selection.target = ALL;
    }

    /** {@code server <b>/<s>}, {@code backend <b>} or {@code frontend <f>}: no CLI stream is any proxy's. */
    private static void proxyFilter(String kind, String name, Proxies proxies, Selection selection) {
        String problem = null;
        if (selection.proxyFilter) {
            problem = "Only one of backend, frontend or server may be set.\n";
        } else if (name.isEmpty()) {
            problem = switch (kind) {
                case "server" -> "Missing server name (<backend>/<server>).\n";
                case "backend" -> "Missing backend name.\n";
                default -> "Missing frontend name.\n";
            };
        } else if (kind.equals("frontend")) {
            problem = proxies.frontend(name).isPresent() ? null : "No such frontend.\n";
        } else if (kind.equals("backend")) {
            problem = proxies.backend(name).isPresent() ? null : "No such backend.\n";
        } else {
            problem = serverProblem(name, proxies);
        }
        if (problem != null) {
            selection.error = Reply.error(problem);
        }
        selection.proxyFilter = true;
    }

    private static String serverProblem(String name, Proxies proxies) {
        int slash = name.indexOf('/');
        if (slash < 0 || slash == name.length() - 1) {
            return "Require 'backend/server'.\n";
        }
        Optional<Proxy> backend = proxies.backend(name.substring(0, slash));
        if (backend.isEmpty()) {
            return "No such backend.\n";
        }
        return backend.get().serverByNameOrId(name.substring(slash + 1)).isPresent() ? null : "No such server.\n";
    }

    /** One stream's line in the short format. */
    private static void line(StringBuilder out, StreamListing listing, CliStream stream, boolean asking) {
        StreamListing.Flags flags = flags(listing, stream, asking);
        // 2.6 shows no read timeout for the stream at work
        String readTimeout = asking && !listing.connectorTimeouts() ? "" : timeoutLeft(stream, asking);
        out.append(StreamPointer.format(stream.pointer())).append(": proto=").append(protocol(stream))
                .append(" src=").append(source(stream))
                .append(" fe=GLOBAL be=<NONE> srv=<none> ts=00 epoch=").append(epoch(stream))
                .append(" age=").append(humanTime(stream.age().getSeconds()))
                .append(" calls=1 rate=0 cpu=0 lat=0 rq[f=").append(sixDigits(flags.request()))
                .append("h,i=0,an=00h");
        if (listing.connectorTimeouts()) {
            out.append(",ax=] rp[f=").append(sixDigits(flags.response())).append("h,i=0,an=00h,ax=] scf=[8,")
                    .append(Integer.toHexString(flags.frontConnector())).append("h,fd=").append(stream.fd())
                    .append(",rex=").append(readTimeout).append(",wex=] scb=[8,1h,fd=-1,rex=,wex=]");
        } else {
            out.append(",rx=").append(readTimeout).append(",wx=,ax=] rp[f=").append(sixDigits(flags.response()))
                    .append("h,i=0,an=00h,rx=,wx=,ax=] scf=[8,").append(Integer.toHexString(flags.frontConnector()))
                    .append("h,fd=").append(stream.fd()).append("] scb=[8,1h,fd=-1]");
        }
        out.append(" exp=").append(readTimeout).append(" rc=0 c_exp=\n");
    }

    /** The stream's protocol: {@code unix_stream}, {@code tcpv4}, {@code tcpv6}, or a master's {@code sockpair}. */
    static String protocol(CliStream stream) {
        InetSocketAddress peer = stream.peer();
        if (stream.fromMaster()) {
            return "sockpair";
        }
        return peer == null ? "unix_stream" : peer.getAddress().getAddress().length == 4 ? "tcpv4" : "tcpv6";
    }

    /** The client's address: {@code unix:N} (N the listener's id) or the address and port. */
    static String source(CliStream stream) {
        InetSocketAddress peer = stream.peer();
        return peer == null ? "unix:" + stream.listenerId() : peer.getAddress().getHostAddress() + ":" + peer.getPort();
    }

    /**
     * What is left of the stream's read timeout. The asking stream's is whole: it read its command in the same turn
     * of HAProxy's event loop, whose clock does not move while the turn runs.
     */
    static String timeoutLeft(CliStream stream, boolean asking) {
        return asking ? humanTime(stream.idleTimeout().getSeconds()) : humanTime(stream.readTimeoutLeft());
    }

    /** The stream's epoch as {@code %#x} prints it. */
    static String epoch(CliStream stream) {
        return stream.epoch() == 0 ? "0" : "0x" + Integer.toHexString(stream.epoch());
    }

    /** {@code %06x}. */
    static String sixDigits(int flags) {
        String hex = Integer.toHexString(flags);
        return "0".repeat(Math.max(0, 6 - hex.length())) + hex;
    }

    /** A time left as HAProxy prints one to the second ({@code ?} once past). */
    static String humanTime(Duration left) {
        return left.isNegative() ? "?" : humanTime(left.toMillis() / 1000);
    }

    /** HAProxy's short form of a number of seconds: its two largest non-zero units ({@code 1h}, {@code 59m59s}). */
    static String humanTime(long seconds) {
        StringBuilder out = new StringBuilder();
        int units = 2;
        if (seconds >= 86_400) {
            out.append(seconds / 86_400).append('d');
            units--;
        }
        if (units > 0 && seconds % 86_400 / 3600 != 0) {
            out.append(seconds % 86_400 / 3600).append('h');
            units--;
        }
        if (units > 0 && seconds % 3600 / 60 != 0) {
            out.append(seconds % 3600 / 60).append('m');
            units--;
        }
        if (units > 0 && seconds % 60 != 0 || seconds == 0) {
            out.append(seconds % 60).append('s');
        }
        return out.toString();
    }
}
