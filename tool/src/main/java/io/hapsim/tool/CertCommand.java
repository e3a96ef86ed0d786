package io.hapsim.tool;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code hapsim cert ...}: certificate operations. */
@Command(name = "cert", mixinStandardHelpOptions = true,
        description = "List HAProxy's certificates and replace one in a verified transaction.",
        subcommands = {CertListCommand.class, CertReplaceCommand.class})
final class CertCommand implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.err);
    }
}
