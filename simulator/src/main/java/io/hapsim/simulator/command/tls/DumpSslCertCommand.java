package io.hapsim.simulator.command.tls;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.session.AccessLevel;
import io.hapsim.simulator.state.tls.CertificateParts;
import io.hapsim.simulator.state.tls.CertificateStore;
import io.hapsim.simulator.state.tls.CertificateTransaction;
import io.hapsim.simulator.state.tls.StoredCertificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Optional;

/**
 * {@code dump ssl cert [*]<file>} (3.2+): the key (PKCS#8), the leaf and the chain in PEM, as OpenSSL writes them;
 * a transaction's certificate without its key is dumped without it (measured), and an empty one dumps nothing. Below
 * admin level the answer is HAProxy's odd {@code Can't allocate memory!}.
 */
final class DumpSslCertCommand implements CommandHandler {
    private static final Base64.Encoder PEM_BASE64 = Base64.getMimeEncoder(64, new byte[] {'\n'});

    @Override
    public Reply handle(CommandContext ctx) {
        if (!ctx.session().level().atLeast(AccessLevel.ADMIN)) {
            return Reply.error(CertificateTransactions.BELOW_LEVEL);
        }
        String name = ctx.arg(3);
        CertificateStore store = ctx.runtime().certificates();
        Optional<CertificateParts> parts;
        synchronized (store) {
            parts = name.startsWith("*")
                    ? store.transaction().filter(t -> t.path().equals(name.substring(1)))
                            .map(CertificateTransaction::pending)
                    : store.find(name).map(StoredCertificate::parts);
        }
        if (name.isEmpty() || parts.isEmpty()) {
            return Reply.error(CertificateTransactions.NOT_FOUND);
        }
        CertificateParts dumped = parts.get();
        StringBuilder out = new StringBuilder();
        if (dumped.key() != null) {
            out.append(pem("PRIVATE KEY", dumped.key().getEncoded()));
        }
        if (dumped.leaf() != null) {
            out.append(pem("CERTIFICATE", encoded(dumped.leaf())));
            dumped.chain().forEach(certificate -> out.append(pem("CERTIFICATE", encoded(certificate))));
        }
        return Reply.text(out.toString());
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + PEM_BASE64.encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("a certificate read from its DER has a DER", e);
        }
    }
}
