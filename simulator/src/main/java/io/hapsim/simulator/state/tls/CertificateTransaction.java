package io.hapsim.simulator.state.tls;

/**
 * The one certificate change a process has under way ({@code set ssl cert} until {@code commit} or {@code abort}).
 *
 * @param path    the store it changes
 * @param pending what the store will hold once committed
 */
public record CertificateTransaction(String path, CertificateParts pending) {
}
