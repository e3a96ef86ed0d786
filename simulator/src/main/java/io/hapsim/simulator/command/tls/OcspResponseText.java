package io.hapsim.simulator.command.tls;

import io.hapsim.simulator.state.tls.DerReader;
import io.hapsim.simulator.version.TlsCli;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Date;
import java.util.Optional;

/**
 * An OCSP response as OpenSSL prints it ({@code OCSP_RESPONSE_print}), which HAProxy shows in
 * {@code show ssl ocsp-response [text] <id>} and {@code show ssl cert <file>.ocsp}: its status, type, version,
 * responder, date, each single response (certificate ID, status, dates, extensions), its extensions, its signature,
 * then each certificate it carries in full and in PEM.
 */
final class OcspResponseText {

    private static final String BASIC = "1.3.6.1.5.5.7.48.1.1";
    private static final String[] STATUSES = {"successful", "malformedrequest", "internalerror", "trylater",
        "(UNKNOWN)", "sigrequired", "unauthorized"};
    private static final String[] REASONS = {"unspecified", "keyCompromise", "cACompromise", "affiliationChanged",
        "superseded", "cessationOfOperation", "certificateHold", "(UNKNOWN)", "removeFromCRL", "privilegeWithdrawn",
        "aACompromise"};
    private static final int EXPLICIT_0 = 0xa0;
    private static final int EXPLICIT_1 = 0xa1;
    private static final int BY_NAME = EXPLICIT_1;
    private static final int GOOD = 0x80;
    private static final int REVOKED = EXPLICIT_1;
    private static final DateTimeFormatter GENERALIZED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private OcspResponseText() {
    }

    /**
     * What HAProxy answers with the text: as much as its buffer holds (a byte less than {@code bufferSize}), a space
     * on each empty line (so that no line of the answer ends it); nothing when OpenSSL would not read the response.
     */
    static String answer(byte[] der, int bufferSize, TlsCli tls) {
        String text = of(der, tls).orElse("");
        text = text.substring(0, Math.min(text.length(), bufferSize - 1));
        return text.replaceAll("\n(?=\n)", "\n ");
    }

    /** The text, or nothing when OpenSSL would not read the response. */
    static Optional<String> of(byte[] der, TlsCli tls) {
        try {
            return Optional.of(print(der, tls));
        } catch (RuntimeException | GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    private static String print(byte[] der, TlsCli tls) throws GeneralSecurityException {
        DerReader response = new DerReader(der).enter();
        int status = response.content()[0];
        StringBuilder out = new StringBuilder("OCSP Response Data:\n    OCSP Response Status: ")
                .append(status >= 0 && status < STATUSES.length ? STATUSES[status] : "(UNKNOWN)").append(" (0x")
                .append(Integer.toHexString(status)).append(")\n");
        if (!response.hasMore()) {
            return out.toString();
        }
        DerReader bytes = response.enter().enter();
        String type = bytes.oid();
        out.append("    Response Type: ").append(OpenSslNames.of(type));
        if (!type.equals(BASIC)) {
            return out.append(" (unknown response type)\n").toString();
        }
        DerReader basic = new DerReader(bytes.content()).enter();
        DerReader data = basic.enter();
        int version = data.tag() == EXPLICIT_0 ? new BigInteger(data.enter().content()).intValue() : 0;
        out.append("\n    Version: ").append(version + 1).append(" (0x").append(Integer.toHexString(version))
                .append(")\n    Responder Id: ");
        if (data.tag() == BY_NAME) {
            out.append(NameText.spaced(data.enter().element()));
        } else {
            out.append(OpenSslHex.plain(data.enter().content()));
        }
        out.append("\n    Produced At: ").append(time(data.content())).append("\n    Responses:\n");
        DerReader singles = data.enter();
        while (singles.hasMore()) {
            single(singles.enter(), out, tls);
        }
        if (data.hasMore() && data.tag() == EXPLICIT_1) {
            out.append(ExtensionText.of(data.enter().enter(), "Response Extensions", 4, tls));
        }
        String algorithm = basic.enter().oid();
        byte[] signature = basic.content();
        out.append(CertificatePrint.signature(algorithm, Arrays.copyOfRange(signature, 1, signature.length)));
        if (basic.hasMore() && basic.tag() == EXPLICIT_0) {
            DerReader certificates = basic.enter().enter();
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            while (certificates.hasMore()) {
                out.append(CertificatePrint.of((X509Certificate) factory.generateCertificate(
                        new ByteArrayInputStream(certificates.element())), tls));
            }
        }
        return out.toString();
    }

    private static void single(DerReader single, StringBuilder out, TlsCli tls) {
        DerReader id = single.enter();
        out.append("    Certificate ID:\n      Hash Algorithm: ").append(OpenSslNames.of(id.enter().oid()))
                .append("\n      Issuer Name Hash: ").append(OpenSslHex.plain(id.content()))
                .append("\n      Issuer Key Hash: ").append(OpenSslHex.plain(id.content()))
                .append("\n      Serial Number: ").append(CertificateText.hex(new BigInteger(id.content())))
                .append('\n');
        int status = single.tag();
        out.append("    Cert Status: ").append(status == GOOD ? "good" : status == REVOKED ? "revoked" : "unknown");
        if (status == REVOKED) {
            DerReader revoked = single.enter();
            out.append("\n    Revocation Time: ").append(time(revoked.content()));
            if (revoked.hasMore()) {
                int reason = revoked.enter().content()[0];
                out.append("\n    Revocation Reason: ")
                        .append(reason >= 0 && reason < REASONS.length ? REASONS[reason] : "(UNKNOWN)")
                        .append(" (0x").append(Integer.toHexString(reason)).append(')');
            }
        } else {
            single.content();
        }
        out.append("\n    This Update: ").append(time(single.content()));
        if (single.hasMore() && single.tag() == EXPLICIT_0) {
            out.append("\n    Next Update: ").append(time(single.enter().content()));
        }
        out.append('\n');
        if (single.hasMore() && single.tag() == EXPLICIT_1) {
            out.append(ExtensionText.of(single.enter().enter(), "Response Single Extensions", 8, tls));
        }
        out.append('\n');
    }

    /** A GeneralizedTime as OpenSSL prints a date (its fraction of a second left out). */
    private static String time(byte[] generalized) {
        String text = new String(generalized, StandardCharsets.US_ASCII);
        LocalDateTime time = LocalDateTime.parse(text.substring(0, 14), GENERALIZED);
        return CertificateText.date(Date.from(time.toInstant(ZoneOffset.UTC)));
    }
}
