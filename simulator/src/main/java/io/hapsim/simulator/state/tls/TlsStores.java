package io.hapsim.simulator.state.tls;

import io.hapsim.simulator.config.ConfigException;
import io.hapsim.simulator.version.CaStoreOrder;
import io.hapsim.simulator.version.TlsCli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a process holds for TLS: its certificates, CA files, CRL files and certificate lists, loaded from the same
 * {@code bind} lines.
 *
 * @param certificates the certificate stores
 * @param caFiles      the CA files, the HTTP client's ({@code @system-ca} by default) included
 * @param crlFiles     the CRL files
 * @param crtLists     the certificate lists
 * @param servingBinds the {@code bind} lines that serve certificates, in the configuration's order
 * @param ticketKeys   the TLS ticket keys
 * @param ocspStapling the OCSP responses the {@code bind} lines staple
 */
public record TlsStores(CertificateStore certificates, BundleStore<X509Certificate> caFiles,
        BundleStore<X509CRL> crlFiles, CrtListStore crtLists, List<ServingBind> servingBinds,
        TicketKeys ticketKeys, OcspStapling ocspStapling) {

    private static final Logger LOG = LoggerFactory.getLogger(TlsStores.class);

    /**
     * What the configuration's references load, for a version's {@code tls}; what HAProxy warns of as it builds the
     * {@code bind} lines' instances goes to {@code startupWarnings}.
     */
    public static TlsStores of(TlsReferences references, TlsCli tls, Consumer<String> startupWarnings) {
        CaStoreOrder order = tls.caStoreOrder();
        Supplier<List<X509Certificate>> systemCa = () -> SystemCa.certificates(order);
        BundleStore<X509Certificate> caFiles = new BundleStore<>(SystemCa.NAME.equals(references.httpClientCa())
                ? Map.of(SystemCa.NAME, systemCa) : Map.of());
        BundleStore<X509CRL> crlFiles = new BundleStore<>(Map.of());
        if (references.httpClientCa() != null && !SystemCa.NAME.equals(references.httpClientCa())) {
            // loaded for the HTTP client's server, which is no certificate instance: Unused
            load(caFiles, references.httpClientCa(), 0, text -> ordered(order, List.of(), PemParts.authorities(text)));
        }
        for (TlsReferences.Instances line : references.instances()) {
            int instances = line.certificates().size();
            if (line.caFile() != null) {
                load(caFiles, line.caFile(), instances, text -> ordered(order, List.of(), PemParts.authorities(text)));
            }
            if (line.crlFile() != null) {
                load(crlFiles, line.crlFile(), instances, PemParts::revocationLists);
            }
        }
        caFiles.namesTakenBy(crlFiles::exists);
        crlFiles.namesTakenBy(caFiles::exists);
        CertificateStore certificates = CertificateStore.of(references);
        CrtListStore crtLists = new CrtListStore(references.crtLists(), references.crtBase(), references.caBase());
        OcspStapling stapling = new OcspStapling(tls.storesKeepOcspResponses(), tls.shownOcspResponsesStay());
        Instant now = Instant.now();
        for (ServingBind bind : references.servingBinds()) {
            for (ServingBind.Served load : bind.loads()) {
                for (CrtList.Entry entry : crtLists.entriesOf(load)) {
                    // each instance is loaded, stapled, then filed under the bind line's names, as HAProxy builds it
                    certificates.refusal(entry.certificate()).ifPresent(reason -> {
                        throw new ConfigException(bind.alert(reason));
                    });
                    stapling.stapleAtStart(certificates, bind, entry.certificate(), now).ifPresent(startupWarnings);
                    if (tls.warnsOfNegativeFilters()) {
                        NegativeFilterWarning.filingUnder(bind, entry).ifPresent(startupWarnings);
                    }
                }
            }
        }
        return new TlsStores(certificates, caFiles, crlFiles, crtLists, references.servingBinds(),
                TicketKeys.read(references.ticketKeyFiles()), stapling);
    }

    /** A process whose configuration loads nothing (it still has {@code @system-ca}). */
    public static TlsStores none(TlsCli tls) {
        return of(TlsReferences.none(), tls, warning -> { });
    }

    private static <T> void load(BundleStore<T> store, String path, int instances, PemReader<T> reader) {
        try {
            store.load(path, reader.read(Files.readString(Path.of(path), StandardCharsets.ISO_8859_1)), instances);
        } catch (IOException | PemException e) {
            LOG.debug("{} not loaded: {}", path, e.toString());
        }
    }

    /** A CA store's certificates once {@code added} are added to {@code store}, in the order the build keeps. */
    public static List<X509Certificate> ordered(CaStoreOrder order, List<X509Certificate> store,
            List<X509Certificate> added) {
        List<X509Certificate> result = new ArrayList<>(store);
        Comparator<X509Certificate> bySubject = CanonicalName.subjectOrder();
        for (X509Certificate certificate : added) {
            if (order == CaStoreOrder.SORTED_BEFORE_EACH_ADDITION) {
                result.sort(bySubject);
            }
            if (!result.contains(certificate)) {
                result.add(certificate);
            }
        }
        return result;
    }
}
