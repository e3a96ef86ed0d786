package io.hapsim.simulator.command.info;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandGroup;
import io.hapsim.simulator.command.CommandTable;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.command.TypedJson;
import io.hapsim.simulator.session.AccessLevel;
import java.util.List;


/**
 * Commands on the process as a whole: {@code show version}, {@code show info}, {@code set rate-limit},
 * {@code show env}, the diagnostic dumps, {@code echo}.
 */
public final class InfoCommands implements CommandGroup {

    @Override
    public void register(CommandTable table) {
        table.command("show version", ctx -> Reply.info(ctx.profile().version() + "\n"));
        table.command("show info", InfoCommands::showInfo);
        table.command("set rate-limit", AccessLevel.ADMIN, new RateLimitCommand());
        table.command("show env", AccessLevel.OPERATOR, new ShowEnvCommand());
        table.command("show events", new ShowEventsCommand());
        table.command("show resolvers", new ShowResolversCommand());
        table.command("show peers", new ShowPeersCommand());
        table.command("show libs", new ShowLibsCommand());
        table.command("show tasks", new ShowTasksCommand());
        table.command("show startup-logs", AccessLevel.OPERATOR, new StartupLogsCommand());
        table.command("show profiling", AccessLevel.ADMIN, new ShowProfilingCommand());
        table.command("show threads", new ShowThreadsCommand());
        table.command("show pools", new ShowPoolsCommand());
        // Levels as the keyword catalog of each version says: show activity operator from 3.0, show fd always.
        table.command("show activity", new ShowActivityCommand());
        table.command("show fd", new ShowFdCommand());
        table.command("echo", ctx -> Reply.info(String.join(" ", ctx.args().subList(1, ctx.args().size())) + "\n"));
    }

    /**
     * {@code show info [typed|json|desc]...}: the last of "typed" and "json" chooses the format, "desc" adds each
     * field's description to the plain and typed ones (JSON has none); other words are ignored.
     */
    private static Reply showInfo(CommandContext ctx) {
        List<String> options = ctx.args().subList(2, ctx.args().size());
        int typed = options.lastIndexOf("typed");
        int json = options.lastIndexOf("json");
        boolean described = options.contains("desc");
        StringBuilder out = new StringBuilder();
        if (json > typed) {
            out.append('[');
        }
        for (InfoField field : InfoFields.forProfile(ctx.profile())) {
            String value = field.value(ctx.runtime());
            if (json > typed) {
                out.append(out.length() > 1 ? ",{" : "{").append("\"field\":{\"pos\":").append(field.position())
                        .append(",\"name\":\"").append(field.name()).append("\"},\"processNum\":1,");
                TypedJson.tags(out, field.tags()).append(',');
                TypedJson.value(out, field.type(), value, !field.type().equals("str")).append('}');
                continue;
            }
            if (typed > json) {
                out.append(field.position()).append('.').append(field.name()).append(".1:").append(field.tags())
                        .append(':').append(field.type()).append(':').append(value);
            } else {
                out.append(field.name()).append(": ").append(value);
            }
            if (described) {
                out.append(":\"").append(field.description()).append('"');
            }
            out.append('\n');
        }
        return Reply.text(json > typed ? out.append("]\n").toString() : out.toString());
    }
}
