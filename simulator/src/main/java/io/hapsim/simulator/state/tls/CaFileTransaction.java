package io.hapsim.simulator.state.tls;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The one CA file change a process has under way ({@code set ssl ca-file} until {@code commit} or {@code abort}).
 *
 * @param path    the CA file it changes
 * @param pending the certificates it will hold once committed
 */
public record CaFileTransaction(String path, List<X509Certificate> pending) {

    public CaFileTransaction {
        pending = List.copyOf(pending);
    }
}
