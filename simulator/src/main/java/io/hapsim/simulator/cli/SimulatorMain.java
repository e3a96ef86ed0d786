package io.hapsim.simulator.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code hapsim-simulator}: the simulator's command line ({@code serve}). */
@Command(name = "hapsim", mixinStandardHelpOptions = true, version = "hapsim 0.1.0",
        description = "Simulates the Runtime API (stats socket CLI) of a chosen HAProxy version.",
        subcommands = {ServeCommand.class})
public final class SimulatorMain implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new SimulatorMain()).execute(args));
    }
}
