package io.hapsim.simulator.command;

import io.hapsim.simulator.session.AccessLevel;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The commands hapsim knows how to run, keyed by their words. Which of them exist in a given version, and how
 * {@code help} lists them, comes from that version's keyword catalog.
 */
public final class CommandTable {

    private final Map<List<String>, CommandBinding> bindings = new LinkedHashMap<>();

    /** Declares a command any level may run. */
    public void command(String words, CommandHandler handler) {
        command(words, AccessLevel.USER, handler);
    }

    /** Declares a command; below {@code minimumLevel} it answers "Permission denied". */
    public void command(String words, AccessLevel minimumLevel, CommandHandler handler) {
        declare(words, minimumLevel, handler, false);
    }

    /**
     * Declares a command whose handler checks the level itself, after what it does whatever the level (the
     * keyword's recorded level is not checked first).
     */
    public void commandCheckingItsLevel(String words, CommandHandler handler) {
        declare(words, AccessLevel.USER, handler, true);
    }

    private void declare(String words, AccessLevel minimumLevel, CommandHandler handler, boolean checksOwnLevel) {
        List<String> key = Arrays.asList(words.split(" "));
        CommandBinding previous = bindings.put(key, new CommandBinding(key, minimumLevel, handler, checksOwnLevel));
        if (previous != null) {
            throw new IllegalStateException("command '" + words + "' declared twice");
        }
    }

    public CommandBinding binding(List<String> words) {
        return bindings.get(words);
    }

    public static CommandTable of(CommandGroup... groups) {
        CommandTable table = new CommandTable();
        for (CommandGroup group : groups) {
            group.register(table);
        }
        return table;
    }
}
