package io.hapsim.simulator.command.info;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.config.NamedSection;
import io.hapsim.simulator.config.Peer;
import io.hapsim.simulator.state.Host;
import io.hapsim.simulator.state.proxy.StickTable;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * {@code show peers [dict|-] [<section>]}: each active peers section (one naming this host's local peer; the others
 * are left out at start-up, as HAProxy does), the last declared first, with its peers (the last declared first) and
 * the stick tables it shares ({@code peers <section>} on a {@code stick-table} line, its own {@code table} lines),
 * by name, the last one numbered 1. The simulator talks to no peer: every remote peer is one that nothing answers,
 * whose connection attempts, timers and counters follow HAProxy's cycle from the simulated start
 * ({@link PeerReconnectCycle}); the section's date is its start on the version's internal clock. The
 * pointers are plausible only, fixed per section, peer, table and connection attempt. {@code dict} adds each shared
 * table's dictionary caches: an empty one to send, 128 empty slots received.
 */
final class ShowPeersCommand implements CommandHandler {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss", Locale.ENGLISH);
    private static final int DICTIONARY_SLOTS = 128;
    private static final int SLOTS_PER_LINE = 4;
    private static final long SECTION_BASE = 0x55d3c2a1bda0L;
    private static final long SECTION_STEP = 0x10000L;
    private static final long PEER_BASE = 0x55d3c2a1df10L;
    private static final long PEER_STEP = 0x110L;
    /** Room left per section in the pointers of what each peer has. */
    private static final int PEERS_PER_SECTION = 256;
    private static final long TABLE_BASE = 0x55d3c2a25f00L;
    private static final long TABLE_STEP = 0x7130L;
    private static final long SHARED_BASE = 0x55d3c2b566e0L;
    private static final long SHARED_STEP = 0xb0L;
    private static final long APPCTX_BASE = 0x7f3b78039910L;
    private static final long APPCTX_STEP = 0x280L;
    private static final String PEER_INDENT = "        ";
    private static final String TABLE_INDENT = "          ";
    private static final String TABLE_DETAIL_INDENT = "              ";

    @Override
    public Reply handle(CommandContext ctx) {
        boolean dictionaries = ctx.arg(2).equals("dict");
        String wanted = ctx.arg(dictionaries || ctx.arg(2).equals("-") ? 3 : 2);
        List<NamedSection<Peer>> sections = ctx.runtime().process().activePeers();
        if (!wanted.isEmpty() && sections.stream().noneMatch(section -> section.name().equals(wanted))) {
            return Reply.error("No such peers\n");
        }
        Instant startedAt = ctx.runtime().process().startedAt();
        Duration elapsed = Duration.between(startedAt, Instant.now());
        PeersLayout layout = PeersLayout.of(ctx.profile());
        String date = DATE.format(Instant.ofEpochSecond(ctx.runtime().process()
                .internalClockSeconds(ctx.profile().internalClock(), startedAt)).atZone(ZoneId.systemDefault()));
        PeerReconnectCycle cycle = new PeerReconnectCycle(elapsed.toMillis());
        List<StickTable> allTables = ctx.runtime().proxies().tables();
        List<String> dumps = new ArrayList<>();
        for (int index = sections.size() - 1; index >= 0; index--) {
            NamedSection<Peer> section = sections.get(index);
            if (wanted.isEmpty() || section.name().equals(wanted)) {
                List<StickTable> shared = allTables.stream().filter(table -> table.peers().equals(section.name()))
                        .sorted(Comparator.comparing(StickTable::name)).toList();
                dumps.add(section(new Dump(layout, cycle, allTables, shared, dictionaries, index), section, date));
            }
        }
        return Reply.text(String.join("\n", dumps));
    }

    /** What every part of one section's dump needs. */
    private record Dump(PeersLayout layout, PeerReconnectCycle cycle, List<StickTable> allTables,
            List<StickTable> shared, boolean dictionaries, int section) {
    }

    private static String section(Dump dump, NamedSection<Peer> section, String date) {
        PeerReconnectCycle cycle = dump.cycle();
        long resync = cycle.untilResyncMillis();
        StringBuilder out = new StringBuilder(pointer(SECTION_BASE + dump.section() * SECTION_STEP)).append(": [")
                .append(date).append("] id=").append(section.name()).append(" disabled=0 flags=")
                .append(resync > 0 ? dump.layout().waitingFlags() : dump.layout().timedOutFlags())
                .append(" resync_timeout=").append(resync > 0 ? seconds(resync) : "<PAST>")
                .append(" task_calls=").append(cycle.sectionTaskCalls(section.members().size() - 1)).append('\n');
        String localName = Host.name();
        for (int index = section.members().size() - 1; index >= 0; index--) {
            Peer peer = section.members().get(index);
            peer(out, dump, peer, index, peer.name().equals(localName));
        }
        return out.toString();
    }

    private static void peer(StringBuilder out, Dump dump, Peer peer, int index, boolean local) {
        PeerReconnectCycle cycle = dump.cycle();
        boolean active = !local && cycle.attempting();
        String states = dump.layout().peerStates();
        out.append("  ").append(pointer(PEER_BASE + dump.section() * SECTION_STEP + index * PEER_STEP))
                .append(": id=").append(peer.name()).append('(').append(local ? "local" : "remote").append(',')
                .append(active ? "active" : "inactive").append(") addr=").append(peer.address())
                .append(states.isEmpty() ? "" : " " + states)
                .append(" last_status=").append(local ? "NONE" : dump.layout().connectStatus())
                .append(" last_hdshk=").append(local ? "<NEVER>" : seconds(cycle.sinceAttemptMillis())).append('\n')
                .append(PEER_INDENT).append("reconnect=")
                .append(local ? "<NEVER>" : seconds(cycle.untilNextAttemptMillis()))
                .append(" heartbeat=<NEVER> confirm=0 tx_hbt=0 rx_hbt=0 no_hbt=0 new_conn=")
                .append(local ? 0 : cycle.attempts()).append(" proto_err=0 coll=0\n")
                .append(PEER_INDENT).append("flags=0x0");
        int peerSlot = dump.section() * PEERS_PER_SECTION + index;
        if (active) {
            out.append(" appctx:").append(pointer(APPCTX_BASE + peerSlot * SECTION_STEP
                    + (cycle.attempts() - 1) * APPCTX_STEP)).append(" st0=6 st1=0 task_calls=2 state=TAR");
        }
        out.append('\n');
        if (!dump.shared().isEmpty()) {
            out.append(PEER_INDENT).append("shared tables:\n");
            for (int table = 0; table < dump.shared().size(); table++) {
                sharedTable(out, dump, dump.shared().get(table), dump.shared().size() - table,
                        (long) peerSlot * dump.allTables().size() + table);
            }
        }
    }

    private static void sharedTable(StringBuilder out, Dump dump, StickTable table, int localId, long sharedSlot) {
        out.append(TABLE_INDENT).append(pointer(SHARED_BASE + sharedSlot * SHARED_STEP)).append(" local_id=")
                .append(localId).append(" remote_id=0 flags=0x0 remote_data=0x0\n")
                .append(TABLE_DETAIL_INDENT)
                .append("last_acked=0 last_pushed=0 last_get=0 teaching_origin=0 update=0\n")
                .append(TABLE_DETAIL_INDENT).append("table:")
                .append(pointer(TABLE_BASE + dump.allTables().indexOf(table) * TABLE_STEP)).append(" id=")
                .append(table.name()).append(" update=0 localupdate=0")
                .append(dump.layout().commitUpdate() ? " commitupdate=0" : "").append(" refcnt=1\n");
        if (!dump.dictionaries()) {
            out.append(PEER_INDENT).append("Dictionary cache not dumped (use \"show peers dict\")\n");
            return;
        }
        out.append(PEER_INDENT).append("TX dictionary cache:\n").append(PEER_INDENT).append("RX dictionary cache:");
        for (int entry = 0; entry < DICTIONARY_SLOTS; entry++) {
            if (entry % SLOTS_PER_LINE == 0) {
                out.append('\n').append(PEER_INDENT);
            }
            out.append(String.format("  %3d -> -", entry));
        }
        out.append('\n');
    }

    /** A timer as HAProxy prints one under a minute: whole seconds, rounded down. */
    private static String seconds(long millis) {
        return millis / 1000 + "s";
    }

    private static String pointer(long address) {
        return "0x" + Long.toHexString(address);
    }
}
