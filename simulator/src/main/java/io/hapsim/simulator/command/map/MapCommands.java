package io.hapsim.simulator.command.map;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandGroup;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.CommandTable;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.session.AccessLevel;
import java.util.function.BiFunction;

/**
 * The map and ACL commands of the Runtime API. None of them checks the access level (a {@code user} socket may
 * change maps); versions that announce the future restriction log a warning for each use below admin.
 */
public final class MapCommands implements CommandGroup {

    @Override
    public void register(CommandTable table) {
        for (Kind kind : Kind.values()) {
            String w = kind.word;
            table.command("show " + w, handler(kind, ShowCommand::handle));
            table.command("get " + w, handler(kind, GetCommand::handle));
            table.command("add " + w, handler(kind, AddCommand::handle));
            table.command("del " + w, handler(kind, DelCommand::handle));
            table.command("clear " + w, handler(kind, VersionCommands::clear));
            table.command("prepare " + w, handler(kind, VersionCommands::prepare));
            table.command("commit " + w, handler(kind, VersionCommands::commit));
        }
        table.command("set map", handler(Kind.MAP, (ctx, kind) -> SetCommand.handle(ctx)));
    }

    private static CommandHandler handler(Kind kind, BiFunction<CommandContext, Kind, Reply> body) {
        return ctx -> {
            warnBelowAdmin(ctx);
            return body.apply(ctx, kind);
        };
    }

    private static void warnBelowAdmin(CommandContext ctx) {
        if (ctx.profile().warnsMapAccessBelowAdmin() && !ctx.session().level().atLeast(AccessLevel.ADMIN)) {
            ctx.runtime().log().warning("'" + ctx.arg(0) + " " + ctx.arg(1) + "' accessed without admin rights,"
                    + " this won't be supported anymore starting from haproxy 3.3\n");
        }
    }
}
