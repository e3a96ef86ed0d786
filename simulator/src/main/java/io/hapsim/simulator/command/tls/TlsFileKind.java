package io.hapsim.simulator.command.tls;

import io.hapsim.simulator.state.RuntimeState;
import io.hapsim.simulator.state.tls.TlsFileStore;
import java.util.function.Function;

/**
 * A kind of TLS file the runtime commands change in transactions, with the words HAProxy uses for it in the
 * answers that its commands share.
 *
 * @param keyword     its commands' last word: {@code cert}, {@code ca-file}
 * @param noun        how messages name one ({@code certificate}, {@code CA file})
 * @param usageNoun   what {@code del} says it expects ({@code a certificate name}, {@code a CA file name})
 * @param created     what {@code new} answers, {@code %s} the name
 * @param store       its store in a process
 * @param sibling     the store whose names {@code del} refuses with {@code siblingRefusal}, or {@code null}: CRL
 *                    files share their names with CA files
 * @param siblingRefusal what {@code del} answers for a file of the sibling store
 */
record TlsFileKind(String keyword, String noun, String usageNoun, String created,
        Function<RuntimeState, TlsFileStore> store, Function<RuntimeState, TlsFileStore> sibling,
        String siblingRefusal) {

    static final TlsFileKind CERTIFICATE = new TlsFileKind("cert", "certificate", "a certificate name",
            "New empty certificate store '%s'!\n", RuntimeState::certificates, null, null);
    static final TlsFileKind CA_FILE = new TlsFileKind("ca-file", "CA file", "a CA file name",
            "New CA file created '%s'!\n", RuntimeState::caFiles, null, null);
    static final TlsFileKind CRL_FILE = new TlsFileKind("crl-file", "CRL file", "a CRL file name",
            "New CRL file created '%s'!\n", RuntimeState::crlFiles, RuntimeState::caFiles,
            "'del ssl crl-file' does not work on CA files!\n");

    /** The noun at the start of a sentence. */
    String capitalNoun() {
        return Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
    }
}
