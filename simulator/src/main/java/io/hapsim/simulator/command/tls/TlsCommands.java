package io.hapsim.simulator.command.tls;

import io.hapsim.simulator.command.CommandGroup;
import io.hapsim.simulator.command.CommandTable;
import io.hapsim.simulator.session.AccessLevel;

/** The TLS commands hapsim simulates so far: certificates and CA files, shown and changed in transactions. */
public final class TlsCommands implements CommandGroup {

    @Override
    public void register(CommandTable table) {
        table.command("show ssl cert", new ShowSslCertCommand());
        table.command("new ssl cert", AccessLevel.ADMIN, new NewSslFileCommand(TlsFileKind.CERTIFICATE));
        table.command("set ssl cert", AccessLevel.ADMIN, new SetSslCertCommand());
        table.command("commit ssl cert", AccessLevel.ADMIN, new CommitSslCertCommand());
        table.command("abort ssl cert", AccessLevel.ADMIN, new AbortSslTransactionCommand(TlsFileKind.CERTIFICATE));
        table.command("del ssl cert", AccessLevel.ADMIN, new DelSslFileCommand(TlsFileKind.CERTIFICATE));
        table.command("show ssl ca-file", new ShowSslCaFileCommand());
        table.command("new ssl ca-file", AccessLevel.ADMIN, new NewSslFileCommand(TlsFileKind.CA_FILE));
        table.command("set ssl ca-file", AccessLevel.ADMIN, new SetSslCaFileCommand(false));
        table.command("add ssl ca-file", AccessLevel.ADMIN, new SetSslCaFileCommand(true));
        table.command("commit ssl ca-file", AccessLevel.ADMIN, new CommitSslCaFileCommand());
        table.command("abort ssl ca-file", AccessLevel.ADMIN, new AbortSslTransactionCommand(TlsFileKind.CA_FILE));
        table.command("del ssl ca-file", AccessLevel.ADMIN, new DelSslFileCommand(TlsFileKind.CA_FILE));
    }
}
