package io.hapsim.client.tls;

import java.util.List;

/**
 * A certificate replaced and live.
 *
 * @param file        the certificate file, as HAProxy names it
 * @param serial      the new leaf's serial, as HAProxy printed it once the transaction held it
 * @param chainLength how many chain certificates HAProxy holds with it, checked against what was sent
 * @param rebuilt     how many of HAProxy's instances of it (a {@code bind} line each, or a crt-list line) the commit
 *                    rebuilt; 0 for a certificate nothing serves yet, and on builds before 3.3 without its fix of
 *                    haproxy/haproxy#3165 also for one whose instances a CA or CRL file's commit rebuilt: they still
 *                    serve the old certificate, which HAProxy shows as {@code Unused}, until a reload
 * @param warnings    what HAProxy warned of while committing (3.0+ say it), one line each: an OCSP response it
 *                    ignored (not current, or not about the certificate), the certificate being live without it
 */
public record CertificateReplaced(String file, String serial, int chainLength, int rebuilt, List<String> warnings) {

    public CertificateReplaced {
        warnings = List.copyOf(warnings);
    }
}
