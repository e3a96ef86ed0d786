package io.hapsim.simulator.command.tls;

/** What the certificate commands say alike about the one transaction a process may have. */
final class CertificateTransactions {

    private CertificateTransactions() {
    }

    /** A command named another file than the ongoing transaction's (HAProxy says "set" for a commit too). */
    static String otherFile(String ongoingPath, String name) {
        return "The ongoing transaction is about '" + ongoingPath + "' but you are trying to set '" + name + "'\n";
    }
}
