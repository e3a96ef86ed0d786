package io.hapsim.simulator.command.tls;

import io.hapsim.simulator.command.CommandGroup;
import io.hapsim.simulator.command.CommandTable;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.session.AccessLevel;

/** The TLS commands hapsim simulates: certificates, CA and CRL files in transactions, and certificate lists. */
public final class TlsCommands implements CommandGroup {

    @Override
    public void register(CommandTable table) {
        table.command("show ssl cert", new ShowSslCertCommand());
        table.command("dump ssl cert", new DumpSslCertCommand());
        table.command("show ssl sni", new ShowSslSniCommand());
        table.command("add ssl jwt", new SetSslJwtCommand(true));
        table.command("del ssl jwt", new SetSslJwtCommand(false));
        table.command("show ssl jwt", new ShowSslJwtCommand());
        table.command("show tls-keys", new ShowTlsKeysCommand());
        table.command("set ssl tls-key", new SetSslTlsKeyCommand());
        table.command("show ssl ocsp-response", new ShowSslOcspResponseCommand());
        table.command("set ssl ocsp-response", new SetSslOcspResponseCommand());
        table.command("update ssl ocsp-response", new UpdateSslOcspResponseCommand());
        // no response is ever loaded: the list has its heading only
        table.command("show ssl ocsp-updates", ctx -> Reply.text("OCSP Certid | Path | Next Update | Last Update"
                + " | Successes | Failures | Last Update Status | Last Update Status (str)\n"));
        table.command("new ssl cert", AccessLevel.ADMIN, new NewSslFileCommand(TlsFileKind.CERTIFICATE));
        table.command("set ssl cert", AccessLevel.ADMIN, new SetSslCertCommand());
        table.command("commit ssl cert", AccessLevel.ADMIN, new CommitSslCertCommand());
        table.command("abort ssl cert", AccessLevel.ADMIN, new AbortSslTransactionCommand(TlsFileKind.CERTIFICATE));
        table.command("del ssl cert", AccessLevel.ADMIN, new DelSslFileCommand(TlsFileKind.CERTIFICATE));
        bundle(table, BundleKind.CA_FILE);
        table.command("add ssl ca-file", AccessLevel.ADMIN, new SetSslBundleCommand<>(BundleKind.CA_FILE, true));
        bundle(table, BundleKind.CRL_FILE);
        table.command("show ssl crt-list", AccessLevel.ADMIN, new ShowSslCrtListCommand());
        table.command("show ssl providers", new ShowSslProvidersCommand());
        table.command("add ssl crt-list", AccessLevel.ADMIN, new AddSslCrtListCommand());
        table.command("del ssl crt-list", AccessLevel.ADMIN, new DelSslCrtListCommand());
    }

    /** The commands of CA files and of CRL files, which share their code and most of their words. */
    private static void bundle(CommandTable table, BundleKind<?> kind) {
        String keyword = kind.file().keyword();
        table.command("show ssl " + keyword, new ShowSslBundleCommand<>(kind));
        table.command("new ssl " + keyword, AccessLevel.ADMIN, new NewSslFileCommand(kind.file()));
        table.command("set ssl " + keyword, AccessLevel.ADMIN, new SetSslBundleCommand<>(kind, false));
        table.command("commit ssl " + keyword, AccessLevel.ADMIN, new CommitSslBundleCommand<>(kind));
        table.command("abort ssl " + keyword, AccessLevel.ADMIN, new AbortSslTransactionCommand(kind.file()));
        table.command("del ssl " + keyword, AccessLevel.ADMIN, new DelSslFileCommand(kind.file()));
    }
}
