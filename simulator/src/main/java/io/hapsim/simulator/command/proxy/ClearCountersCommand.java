package io.hapsim.simulator.command.proxy;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.session.AccessLevel;
import io.hapsim.simulator.state.proxy.Proxy;
import io.hapsim.simulator.version.ChangeClearing;
import java.time.Instant;
import java.util.List;

/**
 * {@code clear counters [all]}, as 2.6 to 3.4 answer it: an operator clears the maximums, which traffic alone moves
 * (none crosses the simulator, so they are 0 already); {@code all} needs an admin and, from 3.0, also zeroes the
 * change counters show stat reports ({@code chkdown}, and {@code lastchg} until the next change). 3.0 to 3.2 also
 * zero the last change date, kept among those counters: a down backend's or server's downtime and every server's
 * show servers state age then read the internal clock (3.0: some 1.8e9 s, 3.2: some 4.29e6 s), as measured.
 * Other words are ignored.
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
        ChangeClearing clearing = ctx.profile().changeClearing();
        List<Proxy> backends = ctx.runtime().proxies().all().stream().filter(Proxy::isBackend).toList();
        if (clearing.zeroesCounters()) {
            backends.forEach(Proxy::clearChangeCounters);
        }
        if (clearing.zeroesLastChange()) {
            long internalClockSeconds = ctx.runtime().process().internalClockSeconds(ctx.profile().internalClock(),
                    Instant.now());
            backends.forEach(backend -> backend.zeroLastChange(internalClockSeconds));
        }
        return Reply.EMPTY;
    }
}
