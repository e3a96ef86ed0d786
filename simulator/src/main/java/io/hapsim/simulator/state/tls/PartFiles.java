package io.hapsim.simulator.state.tls;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The files a certificate's parts were configured from, as 3.2+ name them in its details: each one {@code null}
 * when the configuration named none.
 *
 * @param crt    the certificate's
 * @param key    its key's
 * @param ocsp   its OCSP response's
 * @param issuer its OCSP issuer's
 * @param sctl   its signed certificate timestamps'
 */
public record PartFiles(String crt, String key, String ocsp, String issuer, String sctl) {

    /**
     * A certificate read from its file: HAProxy names the file, the one its key came from, and where it would look
     * for an OCSP response, its issuer (when there is a response) and timestamps beside it.
     */
    static PartFiles beside(String path, String keyFile) {
        // a response beside it makes HAProxy name an issuer file beside it too (measured with the issuer in the chain)
        String issuer = Files.isRegularFile(Path.of(path + ".ocsp")) ? path + ".issuer" : null;
        return new PartFiles(path, keyFile, path + ".ocsp", issuer, path + ".sctl");
    }

    /** A certificate a crt-list line loaded first: HAProxy keeps that line's settings, which name only its file. */
    static PartFiles crtOnly(String path) {
        return new PartFiles(path, null, null, null, null);
    }
}
