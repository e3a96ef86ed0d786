package io.hapsim.simulator.state.tls;

/**
 * OpenSSL's reason for DER it cannot decode, from the outer element's header: a header cut short, a length past
 * the bytes there are (measured: a certificate whose base64 began {@code MIX} instead of {@code MII}), else an error
 * inside. Only the first two are measured; the inner ones OpenSSL words by what it met, which this does not follow.
 */
final class Asn1Reason {

    private static final int MAX_LENGTH_BYTES = 4;

    private Asn1Reason() {
    }

    static String of(byte[] der) {
        if (der.length < 2) {
            return "header too long";
        }
        int first = der[1] & 0xff;
        if (first < 0x80) {
            return first > der.length - 2 ? "too long" : "nested asn1 error";
        }
        int count = first & 0x7f;
        if (count > MAX_LENGTH_BYTES) {
            return "too long";
        }
        if (2 + count > der.length) {
            return "header too long";
        }
        long length = 0;
        for (int i = 0; i < count; i++) {
            length = (length << 8) | (der[2 + i] & 0xff);
        }
        return length > der.length - 2 - count ? "too long" : "nested asn1 error";
    }
}
