package io.hapsim.simulator.state.tls;

import java.util.List;

/**
 * A {@code load} line of a {@code crt-store} section (3.0+): a certificate stored under a name of its own, which
 * {@code bind} lines and crt-lists then name.
 *
 * @param name    {@code @<store>/<alias>}, {@code @<store>/<crt>}, or in a store without a name and without an alias
 *                the {@code crt} under the global {@code crt-base}
 * @param crtPath the file its certificate (and maybe key and chain) is read from, the section's {@code crt-base}
 *                applied
 * @param keyPath the file its key is read from, the section's {@code key-base} applied, or {@code null}
 * @param files   the files as the line names them, which 3.2+ print in its details
 * @param jwt     whether it is marked for JWT verification ({@code jwt on}, 3.3+)
 */
public record StoreLoad(String name, String crtPath, String keyPath, PartFiles files, boolean jwt) {

    /** The load line's words after {@code load}, in a store of that name ("" without one) and with those bases. */
    static StoreLoad read(List<String> words, String store, String crtBase, String keyBase, String globalCrtBase) {
        String alias = null;
        String crt = null;
        String key = null;
        String ocsp = null;
        String issuer = null;
        String sctl = null;
        boolean jwt = false;
        for (int i = 0; i + 1 < words.size(); i += 2) {
            String value = words.get(i + 1);
            switch (words.get(i)) {
                case "alias" -> alias = value;
                case "crt" -> crt = value;
                case "key" -> key = value;
                case "ocsp" -> ocsp = value;
                case "issuer" -> issuer = value;
                case "sctl" -> sctl = value;
                case "jwt" -> jwt = value.equals("on");
                default -> {
                    // ocsp-update: not simulated
                }
            }
        }
        if (crt == null) {
            return null; // HAProxy refuses the configuration
        }
        String name;
        if (alias != null) {
            name = "@" + store + "/" + alias;
        } else if (!store.isEmpty()) {
            name = "@" + store + (crt.startsWith("/") ? "" : "/") + crt;
        } else {
            name = TlsReferences.based(globalCrtBase, crt);
        }
        return new StoreLoad(name, TlsReferences.based(crtBase, crt),
                key == null ? null : TlsReferences.based(keyBase, key), new PartFiles(crt, key, ocsp, issuer, sctl),
                jwt);
    }
}
