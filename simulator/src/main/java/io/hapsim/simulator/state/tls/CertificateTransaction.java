package io.hapsim.simulator.state.tls;

/**
 * The one certificate change a process has under way ({@code set ssl cert} until {@code commit} or {@code abort}).
 *
 * @param path      the store it changes
 * @param pending   what the store will hold once committed
 * @param keepsOcsp whether it carries the certificate's stapled OCSP response, which it shows and staples again at
 *                  commit: on the versions that copy it into a transaction, until a PEM payload replaces the
 *                  certificate
 */
public record CertificateTransaction(String path, CertificateParts pending, boolean keepsOcsp) {
}
