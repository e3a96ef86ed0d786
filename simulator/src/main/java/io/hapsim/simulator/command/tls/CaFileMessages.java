package io.hapsim.simulator.command.tls;

import io.hapsim.simulator.version.TlsCli;

/** The usages of the CA file commands, which 2.x wrote with their quote unclosed. */
final class CaFileMessages {

    private CaFileMessages() {
    }

    /** {@code '<words>' expects <what>}, the quote closed from 3.0. */
    static String usage(TlsCli tls, String words, String what) {
        return "'" + words + (tls.usagesQuoted() ? "'" : "") + " expects " + what + "\n";
    }
}
