package io.hapsim.tool;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code hapsim serve|cli|map|demo}: the command line of the standalone jar ({@code java -jar
 * hapsim-tool-VERSION-standalone.jar ...}) and of the {@code hapsim} launcher.
 */
@Command(name = "hapsim", mixinStandardHelpOptions = true, version = "hapsim 0.1.0",
        description = "A simulated HAProxy Runtime API (stats socket), and the reference client that is right on"
            + " every version.",
        subcommands = {ServeCommand.class, CliCommand.class, MapCommand.class, DemoCommand.class},
        footer = {"", "Also, from the repository's ./hapsim launcher (other jars):",
            "  hapsim replay --target TARGET FILE... record or check scenarios (see hapsim replay --help)",
            "  hapsim conformance-report             docs/conformance.md from the last conformance run",
            "  hapsim bench                          short benchmark profile, written to docs/benchmarks/",
            "", "SOCKET: a path, unix:PATH or HOST:PORT.", "", ExitCodes.HELP})
public final class HapsimTool implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.err);
    }

    /** The configured command line (also used by tests). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new HapsimTool());
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            System.err.println("hapsim: " + e);
            return ExitCodes.INTERNAL;
        });
        cl.setParameterExceptionHandler((e, args) -> {
            System.err.println("hapsim: " + e.getMessage());
            e.getCommandLine().usage(System.err);
            return ExitCodes.USAGE;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
