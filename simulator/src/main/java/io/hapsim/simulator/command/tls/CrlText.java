package io.hapsim.simulator.command.tls;

import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * How HAProxy prints a revocation list in {@code show ssl crl-file <file>}: its version, OpenSSL's long name of its
 * signature algorithm, its issuer as a line, its dates as OpenSSL prints them, and each revoked serial with its date.
 */
final class CrlText {

    private CrlText() {
    }

    static String details(X509CRL crl) {
        StringBuilder out = new StringBuilder();
        out.append("Version ").append(crl.getVersion()).append('\n');
        out.append("Signature Algorithm: ").append(OpenSslNames.of(crl.getSigAlgOID()))
                .append('\n');
        out.append("Issuer: ").append(CertificateText.oneLine(crl.getIssuerX500Principal().getEncoded())).append('\n');
        out.append("Last Update: ").append(CertificateText.date(crl.getThisUpdate())).append('\n');
        out.append("Next Update: ");
        if (crl.getNextUpdate() == null) {
            return out.toString(); // OpenSSL prints no date, and HAProxy stops there
        }
        out.append(CertificateText.date(crl.getNextUpdate())).append('\n');
        Set<? extends X509CRLEntry> revoked = crl.getRevokedCertificates();
        if (revoked == null || revoked.isEmpty()) {
            return out.append("No Revoked Certificates.\n").toString();
        }
        out.append("Revoked Certificates:\n");
        // the JDK gives a set; a list OpenSSL writes lists serials in the order it issued them, ascending
        List<? extends X509CRLEntry> entries = revoked.stream()
                .sorted(Comparator.comparing(X509CRLEntry::getSerialNumber)).toList();
        for (X509CRLEntry entry : entries) {
            out.append("    Serial Number: ").append(CertificateText.hex(entry.getSerialNumber()))
                    .append("\n        Revocation Date: ").append(CertificateText.date(entry.getRevocationDate()))
                    .append('\n');
        }
        return out.toString();
    }
}
