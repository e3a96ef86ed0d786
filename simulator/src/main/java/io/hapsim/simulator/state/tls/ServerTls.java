package io.hapsim.simulator.state.tls;

import java.util.List;

/**
 * A server's TLS settings as its {@code server} line and the {@code default-server} lines before it give them.
 *
 * @param ssl     whether it speaks TLS ({@code ssl}; {@code no-ssl} takes it back)
 * @param crt     its client certificate, {@code crt-base} applied, or {@code null}
 * @param caFile  the CA file it checks the server against, {@code ca-base} applied, or {@code null}
 * @param crlFile its CRL file, {@code ca-base} applied, or {@code null}
 */
record ServerTls(boolean ssl, String crt, String caFile, String crlFile) {

    static final ServerTls NONE = new ServerTls(false, null, null, null);

    /** These settings, changed by a line's keywords (those after a server's name and address). */
    ServerTls with(List<String> keywords, String crtBase, String caBase) {
        boolean newSsl = ssl;
        String newCrt = crt;
        String newCaFile = caFile;
        String newCrlFile = crlFile;
        for (int i = 0; i < keywords.size(); i++) {
            String value = i + 1 < keywords.size() ? keywords.get(i + 1) : null;
            switch (keywords.get(i)) {
                case "ssl" -> newSsl = true;
                case "no-ssl" -> newSsl = false;
                case "crt" -> newCrt = value == null ? newCrt : TlsReferences.based(crtBase, value);
                case "ca-file" -> newCaFile = value == null ? newCaFile : TlsReferences.based(caBase, value);
                case "crl-file" -> newCrlFile = value == null ? newCrlFile : TlsReferences.based(caBase, value);
                default -> {
                    // not a TLS file
                }
            }
        }
        return new ServerTls(newSsl, newCrt, newCaFile, newCrlFile);
    }
}
