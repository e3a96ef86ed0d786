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
 */
record TlsFileKind(String keyword, String noun, String usageNoun, String created,
        Function<RuntimeState, TlsFileStore> store) {

    static final TlsFileKind CERTIFICATE = new TlsFileKind("cert", "certificate", "a certificate name",
            "New empty certificate store '%s'!\n", RuntimeState::certificates);
    static final TlsFileKind CA_FILE = new TlsFileKind("ca-file", "CA file", "a CA file name",
            "New CA file created '%s'!\n", RuntimeState::caFiles);

    /** The noun at the start of a sentence. */
    String capitalNoun() {
        return Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
    }
}
