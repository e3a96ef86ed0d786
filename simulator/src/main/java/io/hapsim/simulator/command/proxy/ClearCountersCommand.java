package io.hapsim.simulator.command.proxy;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.session.AccessLevel;
import io.hapsim.simulator.state.proxy.Proxy;

/**
 * {@code clear counters [all]}, as 2.6 to 3.4 answer it: an operator clears the maximums, which traffic alone moves
 * (none crosses the simulator, so they are 0 already); {@code all} needs an admin and, from 3.0, also zeroes the
 * change counters show stat reports ({@code chkdown}, and {@code lastchg} until the next change). Other words are
 * ignored. Not reproduced: what 3.0 and 3.2 then show as a down backend's downtime (a figure taken from their
 * internal clock), and show servers state's age of a server on 3.0 and 3.2 (the same figure).
 */
final class ClearCountersCommand implements CommandHandler {

    @Override
    public Reply handle(CommandContext ctx) {
        if (!ctx.arg(2).equals("all")) {
            return Reply.EMPTY;
        }
        if (!ctx.session().level().atLeast(AccessLevel.ADMIN)) {
            return Reply.permissionDenied();
        }
        if (ctx.profile().clearResetsChanges()) {
            ctx.runtime().proxies().all().stream().filter(Proxy::isBackend).forEach(Proxy::clearChangeCounters);
        }
        return Reply.EMPTY;
    }
}
