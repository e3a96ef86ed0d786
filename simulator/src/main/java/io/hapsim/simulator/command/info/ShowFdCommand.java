package io.hapsim.simulator.command.info;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.config.ListenAddress;
import io.hapsim.simulator.config.StatsSocket;
import io.hapsim.simulator.state.CliStream;
import java.util.Comparator;
import java.util.List;

/**
 * {@code show fd} (operator): a line per descriptor, in the version's layout, for what the simulator listens on and
 * serves: its stats sockets, then the CLI connections open now (the asking one included). Real also lists its
 * frontends' listeners and its poller's pipes, which a simulator does not have.
 *
 * <p>Meaningful: which sockets and connections there are, a listener's family and TCP port, the thread mask (every
 * thread for a listener). Plausible only: the descriptors (listeners from 4 in the configuration's order, a
 * connection's the one {@code show sess} names), the states and flags (real's for an idle listener and for a CLI
 * connection being read, which real shows in other states too as its timing goes), the generation, and every
 * pointer. A connection on a TCP stats socket is shown as a UNIX one's with {@code fam=ipv4}, which was not
 * measured. The descriptor selector and flags are not simulated.
 */
final class ShowFdCommand implements CommandHandler {

    private static final int FIRST_LISTENER_FD = 4;
    private static final long FIRST_LISTENER_OWNER = 0x7f14d90cd900L;
    private static final long LISTENER_SPACING = 0x300L;
    private static final String ACCEPT_CALLBACK = "0x7f14db6fb600(sock_accept_iocb)";
    private static final String CONNECTION_CALLBACK = "0x7f14db6fbcb0(sock_conn_iocb";
    /** From a stream to its front connection and that connection's context, as a stream's neighbours lie. */
    private static final long CONNECTION_OFFSET = 0x1a0L;
    private static final long CONTEXT_OFFSET = 0x2f0L;

    @Override
    public Reply handle(CommandContext ctx) {
        Diagnostics diagnostics = Diagnostics.of(ctx.profile());
        String allThreads = Long.toHexString((1L << ctx.runtime().process().threads()) - 1);
        String listenerGeneration = diagnostics.fdGeneration() ? " gen=0 tkov=0" : "";
        StringBuilder out = new StringBuilder();
        List<StatsSocket> sockets = ctx.runtime().process().cliSockets();
        for (int i = 0; i < sockets.size(); i++) {
            ListenAddress address = sockets.get(i).address();
            out.append(String.format("%7d", FIRST_LISTENER_FD + i))
                    .append(" : st=0x100121(cl heopI W:sRa R:srA) ref=0 gid=1 tmask=0x").append(allThreads)
                    .append(" umask=0x0 prmsk=0x").append(allThreads).append(" pwmsk=0x0 owner=0x")
                    .append(Long.toHexString(FIRST_LISTENER_OWNER + i * LISTENER_SPACING)).append(listenerGeneration)
                    .append(" iocb=").append(ACCEPT_CALLBACK).append(" l.st=RDY fe=GLOBAL fam=")
                    .append(address.isUnix() ? "unix" : "ipv4 lport=" + address.port()).append('\n');
        }
        List<CliStream> streams = ctx.runtime().streams().all().stream()
                .sorted(Comparator.comparingInt(CliStream::fd)).toList();
        for (CliStream stream : streams) {
            out.append(String.format("%7d", stream.fd()))
                    .append(" : st=0x000121(cl heopI W:sRa R:srA) ref=0 gid=1 tmask=0x1 umask=0x1 prmsk=0x1 pwmsk=0x0")
                    .append(" owner=0x").append(Long.toHexString(stream.pointer() + CONNECTION_OFFSET))
                    .append(diagnostics.fdGeneration() ? " gen=1 tkov=0" : "").append(" iocb=")
                    .append(CONNECTION_CALLBACK).append(diagnostics.fdCallbackOffset())
                    .append(") back=0 cflg=0x00000300 cerr=0 fam=").append(stream.peer() == null ? "unix" : "ipv4")
                    .append(" fe=GLOBAL mux=PASS ctx=0x").append(Long.toHexString(stream.pointer() + CONTEXT_OFFSET))
                    .append(" xprt=RAW\n");
        }
        return Reply.text(out.toString());
    }
}
