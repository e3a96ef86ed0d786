package io.hapsim.simulator.command;

/** A family of commands (session, information, maps ...) that declares its keywords in one place. */
public interface CommandGroup {

    void register(CommandTable table);
}
