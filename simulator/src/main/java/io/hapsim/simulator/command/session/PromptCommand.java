package io.hapsim.simulator.command.session;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.session.InteractionMode;
import io.hapsim.simulator.session.SessionState;

/** {@code prompt}, whose arguments each version reads differently (see {@code PromptSyntax}). */
final class PromptCommand implements CommandHandler {

    private static final String USAGE = "Usage: prompt [help | n | i | p | timed]*\n"
            + "Changes the default prompt and interactive mode. Available options:\n"
            + "  help    display this help\n"
            + "  n       set to single-command mode (no prompt, single command)\n"
            + "  i       set to interactive mode only (no prompt, multi-command)\n"
            + "  p       set to prompt+interactive mode (prompt + multi-command)\n"
            + "  timed   toggle displaying the current date in the prompt\n"
            + "Without any argument, toggles between n/i->p, p->n.\n";

    @Override
    public Reply handle(CommandContext ctx) {
        SessionState session = ctx.session();
        switch (ctx.profile().promptSyntax()) {
            case TOGGLE -> toggle(session);
            case TOGGLE_TIMED -> {
                if (ctx.arg(1).equals("timed")) {
                    session.mode(InteractionMode.PROMPT);
                    session.timedPrompt(!session.timedPrompt());
                } else {
                    toggle(session);
                }
            }
            case MODES -> {
                return modes(ctx, session);
            }
        }
        return Reply.EMPTY;
    }

    private static void toggle(SessionState session) {
        session.mode(session.mode() == InteractionMode.PROMPT ? InteractionMode.NON_INTERACTIVE
                : InteractionMode.PROMPT);
    }

    /** 3.2: {@code prompt [help | n | i | p | timed]*}; the last mode word wins, nothing changes on an error. */
    private static Reply modes(CommandContext ctx, SessionState session) {
        InteractionMode chosen = null;
        boolean toggleTimed = false;
        for (String word : ctx.args().subList(1, ctx.args().size())) {
            switch (word) {
                case "n" -> chosen = InteractionMode.NON_INTERACTIVE;
                case "i" -> chosen = InteractionMode.INTERACTIVE_NO_PROMPT;
                case "p" -> chosen = InteractionMode.PROMPT;
                case "timed" -> toggleTimed = true;
                case "help" -> {
                    return Reply.info(USAGE);
                }
                default -> {
                    return Reply.error(USAGE);
                }
            }
        }
        if (toggleTimed) {
            session.timedPrompt(!session.timedPrompt());
            if (chosen == null) {
                chosen = InteractionMode.PROMPT;
            }
        }
        if (chosen == null) {
            chosen = session.mode() == InteractionMode.PROMPT ? InteractionMode.NON_INTERACTIVE
                    : InteractionMode.PROMPT;
        }
        session.mode(chosen);
        return Reply.EMPTY;
    }
}
