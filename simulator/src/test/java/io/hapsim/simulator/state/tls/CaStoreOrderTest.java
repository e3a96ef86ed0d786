package io.hapsim.simulator.state.tls;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.simulator.version.CaStoreOrder;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The order a CA file's certificates are numbered in, as measured on real 2.6 (OpenSSL 3.0 sorts the store by
 * subject, shorter canonical names first, before each addition) and 3.x (the order they were added in), with CAs of
 * the subjects measured with: {@code /CN=hapsim test CA}, {@code /O=Zeta/CN=b second CA}, {@code /CN=a third CA}.
 */
class CaStoreOrderTest {

    private static final Map<String, X509Certificate> CAS = Map.of("hapsim", ca("hapsim-ca.pem"), "zeta",
            ca("zeta-ca.pem"), "third", ca("third-ca.pem"));

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "SORTED_BEFORE_EACH_ADDITION, hapsim third zeta, third hapsim zeta",
        "SORTED_BEFORE_EACH_ADDITION, zeta hapsim third, hapsim zeta third",
        "SORTED_BEFORE_EACH_ADDITION, zeta third hapsim, third zeta hapsim",
        "SORTED_BEFORE_EACH_ADDITION, hapsim third hapsim, third hapsim",
        "ADDED, zeta third hapsim, zeta third hapsim",
        "ADDED, third zeta third, third zeta"})
    void certificatesAreNumberedInTheOrderTheVersionsOpenSslKeeps(CaStoreOrder order, String added,
            String shown) {
        List<X509Certificate> store = TlsStores.ordered(order, List.of(), certificates(added));

        assertThat(store).containsExactlyElementsOf(certificates(shown));
    }

    private static List<X509Certificate> certificates(String names) {
        return List.of(names.split(" ")).stream().map(CAS::get).toList();
    }

    private static X509Certificate ca(String file) {
        try {
            return PemParts.certificate(PemPartsTest.fixture(file)).leaf();
        } catch (PemException e) {
            throw new IllegalStateException(file + " is no certificate", e);
        }
    }
}
