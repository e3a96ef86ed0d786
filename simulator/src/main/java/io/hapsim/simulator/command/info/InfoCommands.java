package io.hapsim.simulator.command.info;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandGroup;
import io.hapsim.simulator.command.CommandTable;
import io.hapsim.simulator.command.Reply;


/** Commands that describe the process: {@code show version}, {@code show info}, {@code echo}. */
public final class InfoCommands implements CommandGroup {

    @Override
    public void register(CommandTable table) {
        table.command("show version", ctx -> Reply.info(ctx.profile().version() + "\n"));
        table.command("show info", InfoCommands::showInfo);
        table.command("echo", ctx -> Reply.info(String.join(" ", ctx.args().subList(1, ctx.args().size())) + "\n"));
    }

    private static Reply showInfo(CommandContext ctx) {
        StringBuilder out = new StringBuilder();
        for (InfoField field : InfoFields.forProfile(ctx.profile())) {
            out.append(field.name()).append(": ").append(field.value(ctx.runtime())).append('\n');
        }
        return Reply.text(out.toString());
    }

}
