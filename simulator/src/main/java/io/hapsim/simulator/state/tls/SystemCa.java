package io.hapsim.simulator.state.tls;

import io.hapsim.simulator.version.CaStoreOrder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code @system-ca}: the CA file HAProxy always loads, OpenSSL's default bundle of this host (Debian's
 * {@code /usr/lib/ssl/cert.pem}, a link to {@code /etc/ssl/certs/ca-certificates.crt}). Read once per JVM, on first
 * use: a simulator that never shows it does not pay for parsing it.
 */
final class SystemCa {

    static final String NAME = "@system-ca";
    private static final Logger LOG = LoggerFactory.getLogger(SystemCa.class);
    private static final List<Path> BUNDLES =
            List.of(Path.of("/usr/lib/ssl/cert.pem"), Path.of("/etc/ssl/certs/ca-certificates.crt"));
    private static final Map<CaStoreOrder, List<X509Certificate>> BY_ORDER = new EnumMap<>(CaStoreOrder.class);

    private SystemCa() {
    }

    /**
     * The host's CA certificates in the order the version shows them; none on a host without a bundle. 2.6 shows
     * them all sorted by subject (its OpenSSL sorts the store on each lookup, and there are some after loading);
     * later versions in the bundle's order, but for a few that real OpenSSL 3.5 moves up (measured: of 144, the last
     * two came 9 and 4 places earlier), which hapsim does not follow: only the first of them are compared.
     */
    static synchronized List<X509Certificate> certificates(CaStoreOrder order) {
        return BY_ORDER.computeIfAbsent(order, o -> {
            List<X509Certificate> bundle = new ArrayList<>(read());
            if (o == CaStoreOrder.SORTED_BEFORE_EACH_ADDITION) {
                bundle.sort(CanonicalName.subjectOrder());
            }
            return List.copyOf(bundle);
        });
    }

    private static List<X509Certificate> read() {
        for (Path bundle : BUNDLES) {
            if (Files.isReadable(bundle)) {
                try {
                    return PemParts.authorities(Files.readString(bundle, StandardCharsets.ISO_8859_1));
                } catch (IOException | PemException e) {
                    LOG.debug("system CA bundle {} not read: {}", bundle, e.toString());
                }
            }
        }
        return List.of();
    }
}
