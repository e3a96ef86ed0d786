package io.hapsim.simulator.command;

import io.hapsim.simulator.session.SessionState;
import io.hapsim.simulator.version.VersionProfile;
import java.util.List;

/**
 * The commands of one version: its keyword catalog (what exists and how {@code help} lists it) joined with the
 * {@link CommandTable} (how hapsim runs each keyword). Dispatches a parsed command to its handler.
 */
public final class CommandRegistry {

    private final VersionProfile profile;
    private final List<Keyword> keywords;
    private final CommandTable table;
    private final UsageWriter usage;

    public CommandRegistry(VersionProfile profile, CommandTable table) {
        this(profile, KeywordCatalog.forProfile(profile), table);
    }

    /** The commands of a process whose keywords are not a worker's (a master's). */
    public CommandRegistry(VersionProfile profile, List<Keyword> keywords, CommandTable table) {
        this.profile = profile;
        this.keywords = keywords;
        this.table = table;
        this.usage = new UsageWriter(profile, keywords);
    }

    /** Runs a command given its words (empty words = an empty command). */
    public Reply dispatch(CommandContext context) {
        List<String> args = context.args();
        if (args.isEmpty() || args.get(0).isEmpty()) {
            return profile.emptyCommandShowsUsage() ? Reply.info(usage.unknownCommand(args, context.session()))
                    : Reply.EMPTY;
        }
        Keyword keyword = find(args);
        if (keyword == null) {
            return Reply.info(usage.unknownCommand(args, context.session()));
        }
        String restriction = restrictionMessage(keyword, context);
        if (restriction != null) {
            return Reply.error(restriction);
        }
        CommandBinding binding = table.binding(keyword.words());
        // HAProxy's commands check the level first thing: the answer does not depend on hapsim simulating them
        boolean handlerChecks = binding != null && binding.checksOwnLevel();
        if (!handlerChecks && !context.session().level().atLeast(keyword.level())) {
            return Reply.permissionDenied();
        }
        if (binding == null) {
            return Reply.error("hapsim does not simulate '" + String.join(" ", keyword.words()) + "'.\n");
        }
        if (!context.session().level().atLeast(binding.minimumLevel())) {
            return Reply.permissionDenied();
        }
        return binding.handler().handle(context);
    }

    private static String restrictionMessage(Keyword keyword, CommandContext context) {
        if (keyword.visible(context.session().expertMode(), context.session().experimentalMode())) {
            return null;
        }
        return keyword.restriction() == Keyword.Restriction.EXPERT
                ? "This command is restricted to expert mode only.\n"
                : "This command is restricted to experimental mode only.\n";
    }

    /** The answer to {@code help <words>} in a session (whose modes decide which keywords show). */
    public String help(List<String> words, SessionState session) {
        return usage.help(words, session);
    }

    /** The keyword a command selects: the longest one whose words all match. */
    Keyword find(List<String> args) {
        return KeywordCatalog.selectedBy(keywords, args);
    }

    public List<Keyword> keywords() {
        return keywords;
    }
}
