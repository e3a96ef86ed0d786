package io.hapsim.simulator.state.tls;

import io.hapsim.simulator.version.CaStoreOrder;

/**
 * What a process holds for TLS: its certificates and its CA files, loaded from the same {@code bind} lines.
 *
 * @param certificates the certificate stores
 * @param caFiles      the CA files
 */
public record TlsStores(CertificateStore certificates, CaFileStore caFiles) {

    public static TlsStores of(TlsReferences references, CaStoreOrder order) {
        return new TlsStores(CertificateStore.of(references), CaFileStore.of(references, order));
    }

    /** A process whose configuration loads nothing (it still has {@code @system-ca}). */
    public static TlsStores none(CaStoreOrder order) {
        return of(TlsReferences.none(), order);
    }
}
