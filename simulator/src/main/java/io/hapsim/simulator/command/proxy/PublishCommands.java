package io.hapsim.simulator.command.proxy;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.state.proxy.Proxy;
import java.util.Optional;

/**
 * {@code publish|unpublish backend <backend>}: taking a backend in or out of traffic processing. An unpublished
 * backend stays listed everywhere; show stat marks its status "(UNPUB)".
 */
final class PublishCommands {

    private PublishCommands() {
    }

    static Reply publish(CommandContext ctx) {
        return setUnpublished(ctx, false, "Backend published.\n");
    }

    static Reply unpublish(CommandContext ctx) {
        return setUnpublished(ctx, true, "Backend unpublished.\n");
    }

    private static Reply setUnpublished(CommandContext ctx, boolean unpublished, String done) {
        // a missing name is reported as an unknown one
        Optional<Proxy> backend = ctx.runtime().proxies().backend(ctx.arg(2));
        if (backend.isEmpty()) {
            return Reply.error("No such backend.\n");
        }
        if (backend.get().disabled()) {
            return Reply.error("No effect on a disabled backend.\n");
        }
        backend.get().setUnpublished(unpublished);
        ctx.runtime().log().notice("CLI : " + done);
        return Reply.info(done);
    }
}
