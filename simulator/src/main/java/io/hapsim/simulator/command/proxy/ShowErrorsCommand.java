package io.hapsim.simulator.command.proxy;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.config.CNumber;
import io.hapsim.simulator.state.proxy.Proxy;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * {@code show errors [<proxy>|-1] [request|response]}: the capture of invalid requests and responses. No traffic
 * reaches hapsim, so nothing was ever captured: only the summary line, dated now.
 */
final class ShowErrorsCommand implements CommandHandler {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss.SSS",
            Locale.ENGLISH);

    @Override
    public Reply handle(CommandContext ctx) {
        String proxy = ctx.arg(2);
        if (!proxy.isEmpty() && !proxy.equals("-1")) {
            int id = ctx.runtime().proxies().find(proxy).map(Proxy::id).orElseGet(() -> CNumber.atoi(proxy));
            if (id == 0) {
                return Reply.error("No such proxy.\n");
            }
        }
        return Reply.text("Total events captured on [" + DATE.format(ZonedDateTime.now()) + "] : 0\n");
    }
}
