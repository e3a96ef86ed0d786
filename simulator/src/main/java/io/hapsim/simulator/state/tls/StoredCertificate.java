package io.hapsim.simulator.state.tls;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A certificate file as HAProxy keeps it: its leaf and the chain that followed it in the file.
 *
 * @param name  the name HAProxy knows it by (its path, as the configuration gave it, {@code crt-base} applied)
 * @param leaf  the first certificate of the file
 * @param chain the certificates after it, in file order
 * @param used  a {@code bind} line serves it
 */
public record StoredCertificate(String name, X509Certificate leaf, List<X509Certificate> chain, boolean used) {

    public StoredCertificate {
        chain = List.copyOf(chain);
    }
}
