package io.hapsim.simulator.command.tls;

import java.util.Map;

/**
 * The names OpenSSL prints for the object identifiers of certificates, revocation lists and OCSP responses (its long
 * name where it has one, else its short one); an identifier it has no name for prints in dotted form.
 */
final class OpenSslNames {

    private static final Map<String, String> NAMES = Map.ofEntries(
            // signature algorithms
            Map.entry("1.2.840.10045.4.3.2", "ecdsa-with-SHA256"),
            Map.entry("1.2.840.10045.4.3.3", "ecdsa-with-SHA384"),
            Map.entry("1.2.840.10045.4.3.4", "ecdsa-with-SHA512"), Map.entry("1.2.840.10045.4.1", "ecdsa-with-SHA1"),
            Map.entry("1.2.840.113549.1.1.11", "sha256WithRSAEncryption"),
            Map.entry("1.2.840.113549.1.1.12", "sha384WithRSAEncryption"),
            Map.entry("1.2.840.113549.1.1.13", "sha512WithRSAEncryption"),
            Map.entry("1.2.840.113549.1.1.5", "sha1WithRSAEncryption"), Map.entry("1.2.840.113549.1.1.10", "rsassaPss"),
            Map.entry("1.3.101.112", "ED25519"), Map.entry("1.3.101.113", "ED448"),
            // public keys and digests
            Map.entry("1.2.840.10045.2.1", "id-ecPublicKey"), Map.entry("1.2.840.113549.1.1.1", "rsaEncryption"),
            Map.entry("1.3.14.3.2.26", "sha1"), Map.entry("2.16.840.1.101.3.4.2.1", "sha256"),
            Map.entry("2.16.840.1.101.3.4.2.2", "sha384"), Map.entry("2.16.840.1.101.3.4.2.3", "sha512"),
            // OCSP
            Map.entry("1.3.6.1.5.5.7.48.1.1", "Basic OCSP Response"), Map.entry("1.3.6.1.5.5.7.48.1.2", "OCSP Nonce"),
            Map.entry("1.3.6.1.5.5.7.48.1.5", "OCSP No Check"), Map.entry("1.3.6.1.5.5.7.48.1", "OCSP"),
            Map.entry("1.3.6.1.5.5.7.48.2", "CA Issuers"),
            // certificate extensions
            Map.entry("2.5.29.14", "X509v3 Subject Key Identifier"),
            Map.entry("2.5.29.35", "X509v3 Authority Key Identifier"),
            Map.entry("2.5.29.19", "X509v3 Basic Constraints"), Map.entry("2.5.29.15", "X509v3 Key Usage"),
            Map.entry("2.5.29.37", "X509v3 Extended Key Usage"),
            Map.entry("2.5.29.17", "X509v3 Subject Alternative Name"),
            Map.entry("2.5.29.18", "X509v3 Issuer Alternative Name"),
            Map.entry("1.3.6.1.5.5.7.1.1", "Authority Information Access"),
            Map.entry("2.5.29.31", "X509v3 CRL Distribution Points"),
            Map.entry("2.5.29.32", "X509v3 Certificate Policies"), Map.entry("2.5.29.32.0", "X509v3 Any Policy"),
            Map.entry("2.16.840.1.113730.1.13", "Netscape Comment"),
            // extended key usages
            Map.entry("1.3.6.1.5.5.7.3.1", "TLS Web Server Authentication"),
            Map.entry("1.3.6.1.5.5.7.3.2", "TLS Web Client Authentication"),
            Map.entry("1.3.6.1.5.5.7.3.3", "Code Signing"),
            Map.entry("1.3.6.1.5.5.7.3.4", "E-mail Protection"), Map.entry("1.3.6.1.5.5.7.3.8", "Time Stamping"),
            Map.entry("1.3.6.1.5.5.7.3.9", "OCSP Signing"), Map.entry("2.5.29.37.0", "Any Extended Key Usage"),
            // curves
            Map.entry("1.2.840.10045.3.1.7", "prime256v1"), Map.entry("1.3.132.0.34", "secp384r1"),
            Map.entry("1.3.132.0.35", "secp521r1"));

    /** OpenSSL's short names of the attributes a name usually has; others print as their OID. */
    private static final Map<String, String> ATTRIBUTES = Map.ofEntries(Map.entry("2.5.4.3", "CN"),
            Map.entry("2.5.4.6", "C"), Map.entry("2.5.4.7", "L"), Map.entry("2.5.4.8", "ST"),
            Map.entry("2.5.4.10", "O"), Map.entry("2.5.4.11", "OU"), Map.entry("2.5.4.5", "serialNumber"),
            Map.entry("2.5.4.9", "street"), Map.entry("2.5.4.17", "postalCode"), Map.entry("2.5.4.4", "SN"),
            Map.entry("2.5.4.42", "GN"), Map.entry("2.5.4.12", "title"), Map.entry("2.5.4.46", "dnQualifier"),
            Map.entry("1.2.840.113549.1.9.1", "emailAddress"), Map.entry("0.9.2342.19200300.100.1.25", "DC"),
            Map.entry("0.9.2342.19200300.100.1.1", "UID"), Map.entry("2.5.4.97", "organizationIdentifier"),
            Map.entry("2.5.4.15", "businessCategory"), Map.entry("2.5.4.13", "description"),
            Map.entry("2.5.4.65", "pseudonym"), Map.entry("2.5.4.43", "initials"),
            Map.entry("2.5.4.44", "generationQualifier"), Map.entry("2.5.4.72", "role"),
            Map.entry("1.3.6.1.4.1.311.60.2.1.1", "jurisdictionL"),
            Map.entry("1.3.6.1.4.1.311.60.2.1.2", "jurisdictionST"),
            Map.entry("1.3.6.1.4.1.311.60.2.1.3", "jurisdictionC"));

    /** The curves NIST names too. */
    private static final Map<String, String> NIST_CURVES = Map.of("1.2.840.10045.3.1.7", "P-256",
            "1.3.132.0.34", "P-384", "1.3.132.0.35", "P-521");

    private OpenSslNames() {
    }

    /** What OpenSSL prints for an object identifier ({@code i2a_ASN1_OBJECT}). */
    static String of(String oid) {
        return NAMES.getOrDefault(oid, oid);
    }

    /** The short name of a name's attribute ({@code CN}), as names print. */
    static String attribute(String oid) {
        return ATTRIBUTES.getOrDefault(oid, oid);
    }

    /** NIST's name of a curve, or {@code null}. */
    static String nistCurve(String oid) {
        return NIST_CURVES.get(oid);
    }
}
