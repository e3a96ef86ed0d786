package io.hapsim.client.error;

import java.util.Locale;

/**
 * A certificate replacement failed and was <b>not committed</b>: HAProxy serves the certificate it served before, and
 * the transaction was aborted. Says in which phase it failed; the cause is the underlying error, when there is one.
 */
public class CertificateUpdateException extends HaproxyException {
    private static final long serialVersionUID = 1L;

    /** Where the replacement stopped. */
    public enum Phase { CHECK, UPLOAD, VERIFY, COMMIT }

    private final Phase phase;

    public CertificateUpdateException(Phase phase, String file, String detail, Throwable cause) {
        super("certificate " + file + ": not committed, " + phase.name().toLowerCase(Locale.ROOT) + " failed: "
                + detail, cause);
        this.phase = phase;
    }

    public Phase phase() {
        return phase;
    }
}
