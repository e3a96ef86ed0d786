package io.hapsim.simulator.master;

import io.hapsim.simulator.session.AccessLevel;
import io.hapsim.simulator.state.Uptime;
import io.hapsim.simulator.version.PromptSyntax;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a master CLI connection remembers between its commands, which the master keeps to itself and passes on to
 * each process a command goes to: the level, the modes, the severity output, the prompt, and the process commands
 * go to by default.
 */
final class MasterModes {

    static final long MASTER = 0;

    private static final String PROMPT_USAGE = "Usage: prompt [help | i | p | timed]*\n"
            + "Changes the default prompt and interactive mode. Available options:\n"
            + "  help    display this help\n"
            + "  i       set to interactive mode only (no prompt, multi-command)\n"
            + "  p       set to prompt+interactive mode (prompt + multi-command)\n"
            + "  timed   toggle displaying the current date in the prompt\n"
            + "Without any argument, toggles between i<->p.\n";

    private AccessLevel level;
    private boolean prompt;
    private boolean timed;
    private boolean expert;
    private boolean experimental;
    private boolean debug;
    private boolean severityString;
    private boolean severityNumber;
    /** The pid commands without a prefix go to ({@link #MASTER} for the master). */
    private long defaultTarget = MASTER;

    MasterModes(AccessLevel level) {
        this.level = level;
    }

    boolean prompt() {
        return prompt;
    }

    long defaultTarget() {
        return defaultTarget;
    }

    void defaultTarget(long pid) {
        this.defaultTarget = pid;
    }

    /** {@code prompt [...]}, as the version's master reads it; an error message, or null. */
    String prompt(PromptSyntax syntax, List<String> args) {
        switch (syntax) {
            case TOGGLE -> prompt = !prompt;
            case TOGGLE_TIMED -> {
                if (args.size() >= 2 && args.get(1).equals("timed")) {
                    prompt = true;
                    timed = !timed;
                } else {
                    prompt = !prompt;
                }
            }
            case MODES -> {
                return promptModes(args);
            }
        }
        return null;
    }

    /** 3.2+: {@code i}, {@code p} and {@code timed}; any other word (even {@code help}) gets the usage. */
    private String promptModes(List<String> args) {
        Boolean chosen = null;
        boolean toggleTimed = false;
        for (String word : args.subList(1, args.size())) {
            switch (word) {
                case "i" -> chosen = false;
                case "p" -> chosen = true;
                case "timed" -> toggleTimed = true;
                default -> {
                    return PROMPT_USAGE;
                }
            }
        }
        if (toggleTimed) {
            timed = !timed;
            if (chosen == null) {
                chosen = true;
            }
        }
        prompt = chosen != null ? chosen : !prompt;
        return null;
    }

    /** {@code operator} / {@code user}: lowers the level; an error message when it would raise it, or null. */
    String lowerLevel(AccessLevel target) {
        if (!level.atLeast(target)) {
            return "Permission denied!\n";
        }
        level = target;
        return null;
    }

    /** {@code expert-mode}, {@code experimental-mode}, {@code mcli-debug-mode}: admin only; on with "on". */
    String mode(String keyword, boolean on) {
        if (!level.atLeast(AccessLevel.ADMIN)) {
            return "Permission denied!\n";
        }
        switch (keyword) {
            case "expert-mode" -> expert = on;
            case "experimental-mode" -> experimental = on;
            default -> debug = on;
        }
        return null;
    }

    /** {@code set severity-output <none|string|number>}; an error message, or null. */
    String severityOutput(String choice) {
        switch (choice) {
            case "none" -> {
                severityString = false;
                severityNumber = false;
            }
            case "string" -> severityString = true;
            case "number" -> severityNumber = true;
            default -> {
                return "one of 'none', 'number', 'string' is a required argument\n";
            }
        }
        return null;
    }

    /**
     * What goes before a command sent on to a process, so that it runs there as it would here: the level if lower
     * than admin, then the severity output and the modes, each a silent command ({@code -}) chained by {@code ;}. The
     * debug mode only goes to the master ({@code toMaster}: no prefix, or one naming the master).
     */
    String carriedModes(boolean toMaster) {
        List<String> commands = new ArrayList<>();
        if (severityNumber) {
            commands.add("set severity-output number -");
        }
        if (severityString) {
            commands.add("set severity-output string -");
        }
        if (expert) {
            commands.add("expert-mode on -");
        }
        if (experimental) {
            commands.add("experimental-mode on -");
        }
        if (debug && toMaster) {
            commands.add("mcli-debug-mode on -");
        }
        StringBuilder out = new StringBuilder(carriedLevel());
        commands.forEach(command -> out.append(command).append(';'));
        return out.toString();
    }

    /** The level alone, for a worker session ({@code @@<pid>}). */
    String carriedLevel() {
        return level == AccessLevel.OPERATOR ? "operator -;" : level == AccessLevel.USER ? "user -;" : "";
    }

    /** What a worker session starts with when {@code @@<pid>} comes alone: the master's own prompt mode. */
    String promptCommand() {
        return "prompt " + (prompt ? "p" : "i") + (timed ? " timed" : "") + "\n";
    }

    /**
     * The prompt written after each answer in prompt mode: {@code + } within a payload, else the target (the master,
     * marked after a failed reload, or the pid of the worker commands go to), its uptime in timed mode ({@code [gone]}
     * for a worker that left), and the modes in brackets ({@code (xed)}).
     */
    String promptText(boolean inPayload, boolean reloadFailed, Instant masterStartedAt,
            Optional<Instant> targetStartedAt) {
        if (!prompt) {
            return "";
        }
        if (inPayload) {
            return "+ ";
        }
        StringBuilder out = new StringBuilder();
        if (defaultTarget == MASTER) {
            if (timed) {
                out.append(uptimeSince(masterStartedAt)).append(' ');
            }
            out.append(reloadFailed ? "master[ReloadFailed]" : "master");
        } else {
            if (timed) {
                out.append(targetStartedAt.map(MasterModes::uptimeSince).orElse("[gone]")).append(' ');
            }
            out.append(defaultTarget);
        }
        if (expert || experimental || debug) {
            out.append('(').append(experimental ? "x" : "").append(expert ? "e" : "").append(debug ? "d" : "")
                    .append(')');
        }
        return out.append("> ").toString();
    }

    private static String uptimeSince(Instant start) {
        return new Uptime(Math.max(0, Duration.between(start, Instant.now()).getSeconds())).promptText();
    }
}
