package io.hapsim.simulator.state.tls;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * What HAProxy checks of an OCSP response it is given ({@code set ssl ocsp-response}), in its order, with its words:
 * that it parses, that its status is successful, that it holds a basic response with one single response about a
 * certificate whose status is known, with a next update, and current. A response passing them all replaces the one
 * filed under its certificate ID, if there is one ({@link OcspStapling}).
 */
public final class OcspResponses {

    private static final String BASIC_RESPONSE = "1.3.6.1.5.5.7.48.1.1";
    private static final int SEQUENCE = 0x30;
    private static final int ENUMERATED = 0x0a;
    private static final int OID = 0x06;
    private static final int OCTET_STRING = 0x04;
    private static final int GENERALIZED_TIME = 0x18;
    private static final int EXPLICIT_0 = 0xa0;
    private static final int GOOD = 0x80;
    private static final int REVOKED = 0xa1;
    /** How far a response's dates may be off the clock (OpenSSL's check, as HAProxy calls it): five minutes. */
    private static final long TIME_SKEW_SECONDS = 300;
    private static final DateTimeFormatter GENERALIZED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss'Z'");

    /** The refusal of a response that passes every check but is about no certificate the process staples. */
    public static final String NO_CERTIFICATE =
            "OCSP single response: Certificate ID does not match any certificate or issuer";

    private OcspResponses() {
    }

    /** HAProxy's reason to refuse the response (without its final period), at {@code now}; none if it passes. */
    public static Optional<String> refusal(byte[] der, Instant now) {
        DerReader basic;
        try {
            DerReader response = expect(new DerReader(der), SEQUENCE).enter();
            int status = expect(response, ENUMERATED).content()[0];
            if (status != 0) {
                return Optional.of("OCSP response status not successful");
            }
            basic = basicResponse(response);
            if (basic == null) {
                return Optional.of("Failed to get basic response from OCSP Response");
            }
        } catch (RuntimeException e) {
            return Optional.of("Unable to parse OCSP response");
        }
        try {
            return singleResponse(basic, now);
        } catch (RuntimeException e) {
            return Optional.of("Failed to get basic response from OCSP Response");
        }
    }

    /**
     * The certificate ID of a response: that of its first single response, as it encodes it; nothing when the
     * response holds no basic response with one.
     */
    public static Optional<OcspCertificateId> certificateId(byte[] der) {
        try {
            DerReader response = new DerReader(der).enter();
            response.content(); // the status
            DerReader single = expect(singleResponses(basicResponse(response)), SEQUENCE).enter();
            return Optional.of(new OcspCertificateId(DerWriter.tlv(SEQUENCE, expect(single, SEQUENCE).content())));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The basic response's DER after a response's status, or null when it holds another kind. */
    private static DerReader basicResponse(DerReader response) {
        if (!response.hasMore() || response.tag() != EXPLICIT_0) {
            return null;
        }
        DerReader bytes = response.enter().enter();
        String type = expect(bytes, OID).oid();
        byte[] inner = expect(bytes, OCTET_STRING).content();
        return type.equals(BASIC_RESPONSE) ? new DerReader(inner) : null;
    }

    private static Optional<String> singleResponse(DerReader basic, Instant now) {
        DerReader responses = singleResponses(basic);
        int count = 0;
        DerReader first = null;
        while (responses.hasMore()) {
            DerReader single = expect(responses, SEQUENCE).enter();
            first = first == null ? single : first;
            count++;
        }
        if (count > 1) {
            return Optional.of("OCSP response ignored because contains multiple single responses (" + count + ")");
        }
        if (first == null) {
            return Optional.of("Failed to get OCSP single response");
        }
        expect(first, SEQUENCE).content(); // the certificate ID
        int status = first.tag();
        first.content();
        if (status != GOOD && status != REVOKED) {
            return Optional.of("OCSP single response: certificate status is unknown");
        }
        Instant thisUpdate = time(expect(first, GENERALIZED_TIME).content());
        if (!first.hasMore() || first.tag() != EXPLICIT_0) {
            return Optional.of("OCSP single response: missing nextupdate");
        }
        Instant nextUpdate = time(expect(first.enter(), GENERALIZED_TIME).content());
        if (thisUpdate.isAfter(now.plusSeconds(TIME_SKEW_SECONDS))
                || nextUpdate.isBefore(now.minusSeconds(TIME_SKEW_SECONDS)) || nextUpdate.isBefore(thisUpdate)) {
            return Optional.of("OCSP single response: no longer valid.");
        }
        return Optional.empty();
    }

    /** The single responses of a basic response, after its version, responder and time. */
    private static DerReader singleResponses(DerReader basic) {
        DerReader data = expect(basic, SEQUENCE).enter().enter();
        if (data.tag() == EXPLICIT_0) {
            data.content(); // the version
        }
        data.content(); // the responder
        expect(data, GENERALIZED_TIME).content(); // produced at
        return expect(data, SEQUENCE).enter();
    }

    private static DerReader expect(DerReader reader, int tag) {
        if (!reader.hasMore() || reader.tag() != tag) {
            throw new IllegalArgumentException("not the DER expected");
        }
        return reader;
    }

    private static Instant time(byte[] text) {
        return LocalDateTime.parse(new String(text, StandardCharsets.US_ASCII), GENERALIZED)
                .toInstant(ZoneOffset.UTC);
    }
}
