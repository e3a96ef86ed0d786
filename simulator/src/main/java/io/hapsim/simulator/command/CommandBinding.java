package io.hapsim.simulator.command;

import io.hapsim.simulator.session.AccessLevel;
import java.util.List;

/** How hapsim runs a keyword: the level it requires and its handler. */
public record CommandBinding(List<String> words, AccessLevel minimumLevel, CommandHandler handler) {

    public CommandBinding {
        words = List.copyOf(words);
    }
}
