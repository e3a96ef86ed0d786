package io.hapsim.tool;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code hapsim map ...}: map operations. */
@Command(name = "map", mixinStandardHelpOptions = true,
        description = "Show, query, change, atomically replace and sync HAProxy maps.",
        subcommands = {MapReplaceCommand.class, MapSyncCommand.class, MapShowCommand.class, MapGetCommand.class,
            MapAddCommand.class, MapDelCommand.class})
final class MapCommand implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.err);
    }
}
