package io.hapsim.simulator.command;

/** Runs one CLI command. Handlers run on the connection's event loop and must not block. */
@FunctionalInterface
public interface CommandHandler {

    Reply handle(CommandContext context);
}
