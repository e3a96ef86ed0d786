package io.hapsim.tool;

import io.netty.util.internal.logging.InternalLoggerFactory;
import io.netty.util.internal.logging.JdkLoggerFactory;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * {@code hapsim serve|cli|map|demo}: the command line of the standalone jar ({@code java -jar
 * hapsim-tool-VERSION-standalone.jar ...}) and of the {@code hapsim} launcher.
 */
@Command(name = "hapsim", mixinStandardHelpOptions = true, version = "hapsim 0.1.0",
        description = "A simulated HAProxy Runtime API (stats socket), and the reference client that is right on"
            + " every version.",
        subcommands = {CliCommand.class, MapCommand.class, CertCommand.class, EventsCommand.class, ReloadCommand.class,
            DemoCommand.class},
        footer = {"", "Also, from the repository's ./hapsim launcher (other jars):",
            "  hapsim replay --target TARGET FILE... record or check scenarios (see hapsim replay --help)",
            "  hapsim proxy --listen A --target B    forward a socket, --record its traffic as a scenario",
            "  hapsim conformance-report             docs/conformance.md from the last conformance run",
            "  hapsim bench                          short benchmark profile, written to docs/benchmarks/",
            "", "SOCKET: a path, unix:PATH or HOST:PORT.", "", ExitCodes.HELP})
public final class HapsimTool implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.err);
    }

    /**
     * Runs the command line and returns its exit code (the launcher's entry, and the tests'). {@code serve} is read
     * apart from the others: see {@link ServeOptions}.
     */
    public static int execute(String... args) {
        if (args.length > 0 && args[0].equals("serve")) {
            // Netty's few messages (about the platform) go through java.util.logging: binding SLF4J to logback
            // on the way to the first answer costs a cold simulator tens of milliseconds; hapsim's own messages
            // still go through SLF4J when there are any
            InternalLoggerFactory.setDefaultFactory(JdkLoggerFactory.INSTANCE);
            try {
                return ServeCommand.run(Arrays.asList(args).subList(1, args.length));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return ExitCodes.INTERNAL;
            }
        }
        return commandLine().execute(args);
    }

    private static CommandLine commandLine() {
        CommandLine cl = configure(new CommandLine(new HapsimTool()));
        // listed in the help like the others, though execute() runs it
        cl.addSubcommand("serve", new CommandLine(CommandSpec.create().name("serve")
                .usageMessage(new UsageMessageSpec().description(ServeOptions.DESCRIPTION))));
        return cl;
    }

    private static CommandLine configure(CommandLine cl) {
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
        System.exit(execute(args));
    }
}
