package io.hapsim.simulator.command.tls;

import io.hapsim.simulator.command.CommandGroup;
import io.hapsim.simulator.command.CommandTable;
import io.hapsim.simulator.session.AccessLevel;

/** The TLS commands hapsim simulates so far: certificates, shown and changed in transactions. */
public final class TlsCommands implements CommandGroup {

    @Override
    public void register(CommandTable table) {
        table.command("show ssl cert", new ShowSslCertCommand());
        table.command("new ssl cert", AccessLevel.ADMIN, new NewSslCertCommand());
        table.command("set ssl cert", AccessLevel.ADMIN, new SetSslCertCommand());
        table.command("commit ssl cert", AccessLevel.ADMIN, new CommitSslCertCommand());
        table.command("abort ssl cert", AccessLevel.ADMIN, new AbortSslCertCommand());
        table.command("del ssl cert", AccessLevel.ADMIN, new DelSslCertCommand());
    }
}
