package io.hapsim.simulator.command.info;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.config.NamedSection;
import io.hapsim.simulator.state.Host;
import java.util.List;

/**
 * {@code show resolvers [<section>]}: each resolvers section's name servers and their counters (2.6 to 3.4 alike).
 * The simulator resolves nothing, so every counter is 0. The host's default section is read when asked for, not at
 * start-up: only this command needs it.
 */
final class ShowResolversCommand implements CommandHandler {

    private static final List<String> COUNTERS = List.of("sent", "snd_error", "valid", "update", "cname",
            "cname_error", "any_err", "nx", "timeout", "refused", "other", "invalid", "too_big", "truncated",
            "outdated");

    @Override
    public Reply handle(CommandContext ctx) {
        List<NamedSection<String>> sections = Host.withDefaultResolvers(ctx.runtime().process().resolvers());
        if (!ctx.arg(2).isEmpty()) {
            sections = sections.stream().filter(section -> section.name().equals(ctx.arg(2))).toList();
            if (sections.isEmpty()) {
                return Reply.error("Can't find that resolvers section\n");
            }
        }
        StringBuilder out = new StringBuilder();
        for (NamedSection<String> section : sections) {
            out.append("Resolvers section ").append(section.name()).append('\n');
            for (String nameserver : section.members()) {
                out.append(" nameserver ").append(nameserver).append(":\n");
                for (String counter : COUNTERS) {
                    out.append(String.format("  %-12s %d", counter + ":", 0)).append('\n');
                }
            }
        }
        return Reply.text(out.toString());
    }
}
