package io.hapsim.simulator.command.tls;

import io.hapsim.simulator.command.CommandGroup;
import io.hapsim.simulator.command.CommandTable;

/** The TLS commands hapsim simulates so far. */
public final class TlsCommands implements CommandGroup {

    @Override
    public void register(CommandTable table) {
        table.command("show ssl cert", new ShowSslCertCommand());
    }
}
