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
        List<String> key = Arrays.asList(words.split(" "));
        CommandBinding previous = bindings.put(key, new CommandBinding(key, minimumLevel, handler));
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
