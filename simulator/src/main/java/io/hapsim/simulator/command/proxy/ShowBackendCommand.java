package io.hapsim.simulator.command.proxy;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.state.proxy.Proxy;

/** {@code show backend}: the names of the backends (and listen sections), disabled ones included. */
final class ShowBackendCommand implements CommandHandler {

    @Override
    public Reply handle(CommandContext ctx) {
        return Reply.stream(DumpSource.of("# name\n",
                ctx.runtime().proxies().all().stream().filter(Proxy::isBackend).iterator(),
                backend -> backend.name() + "\n", ""));
    }
}
