package io.hapsim.simulator.state.tls;

import java.util.Base64;
import java.util.Optional;

/**
 * Base64 as HAProxy's own decoder reads it (for TLS ticket keys and OCSP responses): whole groups of four characters,
 * padding only at the end; no text is no bytes. The JDK's decoder alone would also take a last group without its
 * padding.
 */
public final class HaproxyBase64 {

    private HaproxyBase64() {
    }

    /** The bytes, or nothing when HAProxy refuses the text. */
    public static Optional<byte[]> decode(String text) {
        if (text.length() % 4 != 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(Base64.getDecoder().decode(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
