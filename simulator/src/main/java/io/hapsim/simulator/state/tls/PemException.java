package io.hapsim.simulator.state.tls;

/** A PEM payload or file HAProxy would refuse, with the part that failed and OpenSSL's reason for it. */
public final class PemException extends Exception {

    /** What was being read when it failed, which decides HAProxy's message. */
    public enum Part {
        CERTIFICATE,
        CHAIN,
        KEY
    }

    private final Part part;
    private final String reason;

    PemException(Part part, String reason) {
        super(part + ": " + reason);
        this.part = part;
        this.reason = reason;
    }

    public Part part() {
        return part;
    }

    /** OpenSSL's reason string ({@code no start line}, {@code bad base64 decode} ...). */
    public String reason() {
        return reason;
    }
}
