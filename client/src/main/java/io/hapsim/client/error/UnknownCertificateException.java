package io.hapsim.client.error;

/**
 * A certificate file HAProxy does not have: {@code set ssl cert} replaces only a file the configuration loaded (or
 * {@code new ssl cert} made), by the exact name {@code show ssl cert} lists.
 */
public class UnknownCertificateException extends CommandFailedException {
    private static final long serialVersionUID = 1L;

    public UnknownCertificateException(ErrorKind kind, String command, String answer) {
        super(kind, command, answer);
    }
}
