package io.hapsim.simulator.command;

import io.hapsim.simulator.session.AccessLevel;
import java.util.List;

/**
 * How hapsim runs a keyword: the level it requires and its handler.
 *
 * @param checksOwnLevel the handler does something before it checks the level (as HAProxy's {@code operator} and
 *                       {@code user} take their {@code -} first), so the keyword's level is not checked before it
 */
public record CommandBinding(List<String> words, AccessLevel minimumLevel, CommandHandler handler,
        boolean checksOwnLevel) {

    public CommandBinding {
        words = List.copyOf(words);
    }
}
