package io.hapsim.simulator.command.info;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandGroup;
import io.hapsim.simulator.command.CommandTable;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.session.AccessLevel;
import java.util.List;


/**
 * Commands on the process as a whole: {@code show version}, {@code show info}, {@code set rate-limit}, {@code echo}.
 */
public final class InfoCommands implements CommandGroup {

    @Override
    public void register(CommandTable table) {
        table.command("show version", ctx -> Reply.info(ctx.profile().version() + "\n"));
        table.command("show info", InfoCommands::showInfo);
        table.command("set rate-limit", AccessLevel.ADMIN, new RateLimitCommand());
        table.command("echo", ctx -> Reply.info(String.join(" ", ctx.args().subList(1, ctx.args().size())) + "\n"));
    }

    private static Reply showInfo(CommandContext ctx) {
        boolean typed = typed(ctx.args().subList(2, ctx.args().size()));
        StringBuilder out = new StringBuilder();
        for (InfoField field : InfoFields.forProfile(ctx.profile())) {
            String value = field.value(ctx.runtime());
            if (typed) {
                out.append(field.position()).append('.').append(field.name()).append(".1:").append(field.tags())
                        .append(':').append(field.type()).append(':').append(value).append('\n');
            } else {
                out.append(field.name()).append(": ").append(value).append('\n');
            }
        }
        return Reply.text(out.toString());
    }

    /** HAProxy ignores words it does not know, and the last of "typed" and "json" chooses the format. */
    private static boolean typed(List<String> options) {
        return options.lastIndexOf("typed") > options.lastIndexOf("json");
    }
}
