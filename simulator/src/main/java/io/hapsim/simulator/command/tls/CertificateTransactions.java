package io.hapsim.simulator.command.tls;

import java.util.Optional;

/** What the TLS commands say alike: refusals, and about the one transaction of each kind a process may have. */
final class CertificateTransactions {

    /** A certificate a command names is not there (or, in HAProxy's words, is a bundle). */
    static final String NOT_FOUND = "Can't display the certificate: Not found or the certificate is a bundle!\n";
    /** What HAProxy's TLS commands answer below the level they need, oddly. */
    static final String BELOW_LEVEL = "Can't allocate memory!\n";

    private CertificateTransactions() {
    }

    /**
     * Why {@code commit} cannot go on: there is no transaction, or it is about another file; empty when it can.
     *
     * @param ongoingPath the file of the ongoing transaction, if any
     * @param name        the file the commit names
     */
    static Optional<String> commitRefusal(Optional<String> ongoingPath, String name) {
        String cantCommit = "Can't commit " + name + "!\n";
        if (ongoingPath.isEmpty()) {
            return Optional.of("No ongoing transaction! !\n" + cantCommit);
        }
        if (!ongoingPath.get().equals(name)) {
            return Optional.of(otherFile(ongoingPath.get(), name) + cantCommit);
        }
        return Optional.empty();
    }

    /** A command named another file than the ongoing transaction's (HAProxy says "set" for a commit too). */
    static String otherFile(String ongoingPath, String name) {
        return "The ongoing transaction is about '" + ongoingPath + "' but you are trying to set '" + name + "'\n";
    }
}
