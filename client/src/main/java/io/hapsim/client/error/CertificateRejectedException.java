package io.hapsim.client.error;

/** HAProxy refused a certificate: OpenSSL could not read the PEM, or its key is not the certificate's. */
public class CertificateRejectedException extends CommandFailedException {
    private static final long serialVersionUID = 1L;

    public CertificateRejectedException(ErrorKind kind, String command, String answer) {
        super(kind, command, answer);
    }
}
