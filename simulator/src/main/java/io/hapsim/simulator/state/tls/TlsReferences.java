package io.hapsim.simulator.state.tls;

import java.util.List;

/**
 * What a configuration's {@code bind} and {@code server} lines load for TLS, as HAProxy names it: each {@code crt} (a
 * file, or the files of a directory but those that go with a certificate; {@code crt-base} before a relative path),
 * each {@code crt-list}'s certificates with their own options, and the {@code ca-file} and {@code crl-file}
 * ({@code ca-base} before a relative path). A server inherits them from its {@code default-server} lines; its
 * {@code crt} is loaded when it speaks TLS ({@code ssl}), its CA and CRL files in any case.
 *
 * @param instances      the certificate instances by the CA and CRL files they check peers against: one entry per
 *                       {@code bind} line for its {@code crt} files, one per line of its {@code crt-list} files,
 *                       one per server
 * @param storeLoads     the certificates of the {@code crt-store} sections, loaded before any line names them
 * @param crtLists       the certificate lists: the {@code crt-list} files and the {@code crt} directories
 * @param servingBinds   the {@code bind} lines that load certificates, in the configuration's order
 * @param ticketKeyFiles the {@code tls-ticket-keys} files of the {@code bind} lines, each once, in order
 * @param crtBase        the {@code crt-base}, or {@code null}
 * @param caBase         the {@code ca-base}, or {@code null}
 * @param httpClientCa   the CA file HAProxy's internal HTTP client loads: {@code @system-ca} unless
 *                       {@code httpclient.ssl.ca-file} names another (as written, no {@code ca-base}); {@code null}
 *                       when {@code httpclient.ssl.verify none} leaves it unloaded
 */
public record TlsReferences(List<Instances> instances, List<StoreLoad> storeLoads, List<CrtList> crtLists,
        List<ServingBind> servingBinds, List<String> ticketKeyFiles, String crtBase, String caBase,
        String httpClientCa) {

    /**
     * Certificate instances HAProxy builds alike (a {@code bind} line's {@code crt} files, a crt-list line's
     * certificate, or a server's), and the files they check the peer against. A commit of either file rebuilds them.
     *
     * @param certificates the certificate files, directories read; none for a server without one
     * @param caFile       the CA file, or {@code null}
     * @param crlFile      the CRL file, or {@code null}
     * @param crtListLine  whether they are a crt-list line's: a certificate such a line loads first keeps the line's
     *                     settings, which name no file but the certificate's
     */
    public record Instances(List<String> certificates, String caFile, String crlFile, boolean crtListLine) {

        public Instances {
            certificates = List.copyOf(certificates);
        }
    }

    public TlsReferences {
        instances = List.copyOf(instances);
        storeLoads = List.copyOf(storeLoads);
        crtLists = List.copyOf(crtLists);
        servingBinds = List.copyOf(servingBinds);
        ticketKeyFiles = List.copyOf(ticketKeyFiles);
    }

    public static TlsReferences none() {
        return new TlsReferences(List.of(), List.of(), List.of(), List.of(), List.of(), null, null, SystemCa.NAME);
    }

    /** What the configuration {@code text}, read from the file {@code fileName}, loads. */
    public static TlsReferences fromConfig(String text, String fileName) {
        return new TlsConfigReader(fileName).read(text);
    }

    /** A path under its base, unless absolute or a name of HAProxy's own ({@code @store/name}, {@code @system-ca}). */
    static String based(String base, String path) {
        return base != null && !path.startsWith("/") && !path.startsWith("@") ? base + "/" + path : path;
    }
}
