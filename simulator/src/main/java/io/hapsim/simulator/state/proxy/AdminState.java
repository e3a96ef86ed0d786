package io.hapsim.simulator.state.proxy;

import java.util.function.Consumer;

/**
 * The administrative states {@code set server <backend>/<server> state ready|drain|maint} forces, with the word
 * that names each on the CLI.
 */
public enum AdminState {
    READY("ready", Server::makeReady),
    DRAIN("drain", Server::drain),
    MAINT("maint", Server::enterMaintenance);

    private final String word;
    private final Consumer<Server> change;

    AdminState(String word, Consumer<Server> change) {
        this.word = word;
        this.change = change;
    }

    public String word() {
        return word;
    }

    /** The state named {@code word} on the CLI, or null. */
    public static AdminState fromWord(String word) {
        for (AdminState state : values()) {
            if (state.word.equals(word)) {
                return state;
            }
        }
        return null;
    }

    /** The state a server is in now: maintenance (forced or inherited) wins over drain. */
    public static AdminState of(Server server) {
        if (server.inMaintenance()) {
            return MAINT;
        }
        return server.draining() ? DRAIN : READY;
    }

    /** Forces this state on {@code server}, logged as the CLI's change would be. */
    public void applyTo(Server server) {
        change.accept(server);
    }
}
