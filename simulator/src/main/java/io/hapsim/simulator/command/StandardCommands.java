package io.hapsim.simulator.command;

import io.hapsim.simulator.command.info.InfoCommands;
import io.hapsim.simulator.command.map.MapCommands;
import io.hapsim.simulator.command.proxy.ProxyCommands;
import io.hapsim.simulator.command.session.SessionCommands;
import io.hapsim.simulator.command.tls.TlsCommands;

/** Every command group hapsim simulates: the one list to extend when a new family of commands is added. */
public final class StandardCommands {

    private StandardCommands() {
    }

    public static CommandTable table() {
        return CommandTable.of(new SessionCommands(), new InfoCommands(), new MapCommands(), new ProxyCommands(),
                new TlsCommands());
    }
}
