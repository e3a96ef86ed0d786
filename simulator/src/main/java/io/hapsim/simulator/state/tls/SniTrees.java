package io.hapsim.simulator.state.tls;

import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The names a {@code bind} line serves its certificates under, as HAProxy files them in its two trees: exact names,
 * then wildcards, each by name, and in the order they were filed for the same name (loading order, a committed
 * certificate's after the others). Each certificate the line loads brings its
 * crt-list filters or, without filters, its DNS alternative names and then its common names, lower-cased, once each;
 * the line's first certificate is also its default ({@code *}, an empty wildcard). Negative filters only exclude
 * names from a wildcard, and are listed with it. Computed from the certificates as they are now, so a commit or
 * {@code add}/{@code del ssl crt-list} shows at once.
 */
public final class SniTrees {

    /** The OID of the common name attribute, 2.5.4.3. */
    private static final String COMMON_NAME = "2.5.4.3";
    private static final int DNS_NAME = 2;

    /**
     * One name of the trees.
     *
     * @param name            the name, lower-cased; a wildcard's without its {@code *} ({@code .example.com}, or
     *                        empty for the default certificate)
     * @param wildcard        whether it is in the wildcard tree
     * @param negativeFilters a wildcard's certificate's negative filters, in the order HAProxy keeps them
     * @param certificate     the certificate served under it
     */
    public record Sni(String name, boolean wildcard, List<String> negativeFilters, StoredCertificate certificate) {

        public Signature signature() {
            return Signature.of(certificate.parts().leaf());
        }
    }

    /**
     * The signature kind HAProxy files a certificate's key under, in the order it prefers them for a client that
     * takes any: any other key than EC or RSA counts as DSA.
     */
    public enum Signature {
        ECDSA, RSA, DSA;

        static Signature of(X509Certificate leaf) {
            return switch (leaf.getPublicKey().getAlgorithm()) {
                case "EC" -> ECDSA;
                case "RSA" -> RSA;
                default -> DSA;
            };
        }
    }

    /** A name as a filter or a certificate gives it. */
    private record Candidate(String name, boolean negative, boolean wildcard) {
    }

    private SniTrees() {
    }

    public static List<Sni> of(ServingBind bind, CertificateStore certificates, CrtListStore lists) {
        List<Sni> exact = new ArrayList<>();
        List<Sni> wildcards = new ArrayList<>();
        boolean first = true;
        for (ServingBind.Served served : bind.loads()) {
            for (CrtList.Entry entry : lists.entriesOf(served)) {
                Optional<StoredCertificate> certificate = certificates.find(entry.certificate());
                X509Certificate leaf = certificate.map(found -> found.parts().leaf()).orElse(null);
                if (leaf == null) {
                    continue;
                }
                List<String> given = entry.filters().isEmpty() ? names(leaf) : reversed(entry.filters());
                List<Candidate> kept = candidates(first ? Stream.concat(given.stream(), Stream.of("*")).toList()
                        : given);
                first = false;
                List<String> negatives = kept.stream().filter(Candidate::negative).map(Candidate::name).toList();
                for (Candidate candidate : kept) {
                    if (!candidate.negative()) {
                        (candidate.wildcard() ? wildcards : exact).add(new Sni(candidate.name(), candidate.wildcard(),
                                candidate.wildcard() ? negatives : List.of(), certificate.get()));
                    }
                }
            }
        }
        Comparator<Sni> treeOrder =
                Comparator.comparing(Sni::name).thenComparingLong(sni -> sni.certificate().rebuilt());
        exact.sort(treeOrder);
        wildcards.sort(treeOrder);
        return Stream.concat(exact.stream(), wildcards.stream()).toList();
    }

    /**
     * The certificate HAProxy serves a client asking for {@code serverName} ({@code null}: no name): among the
     * names equal to it and the wildcards of its parent domain (unless the wildcard's line excludes the name), the
     * first ECDSA certificate, else the first RSA one, else the first other one, for a client that takes any;
     * without one, the default certificate, unless {@code strict-sni} refuses the client.
     */
    public static Optional<StoredCertificate> choose(List<Sni> trees, String serverName, boolean strictSni) {
        if (serverName == null) {
            return strictSni ? Optional.empty() : preferred(trees, "");
        }
        Optional<StoredCertificate> named = preferred(trees, lowerCase(serverName));
        return named.isPresent() || strictSni ? named : preferred(trees, "");
    }

    private static Optional<StoredCertificate> preferred(List<Sni> trees, String name) {
        int dot = name.indexOf('.');
        String parent = name.isEmpty() ? "" : dot >= 0 ? name.substring(dot) : null;
        // the first of each kind, the kinds in order of preference
        return trees.stream()
                .filter(sni -> sni.wildcard() ? sni.name().equals(parent) && !sni.negativeFilters().contains(name)
                        : sni.name().equals(name))
                .min(Comparator.comparing(Sni::signature))
                .map(Sni::certificate);
    }

    /** What one certificate adds: a negative wildcard is no name, nor an empty one but the default's. */
    private static List<Candidate> candidates(List<String> given) {
        List<Candidate> kept = new ArrayList<>();
        for (String raw : given) {
            boolean negative = raw.startsWith("!");
            String name = negative ? raw.substring(1) : raw;
            boolean wildcard = name.startsWith("*");
            boolean isDefault = name.equals("*");
            name = wildcard ? name.substring(1) : name;
            Candidate candidate = new Candidate(lowerCase(name), negative, wildcard);
            if (!(negative && wildcard) && (!name.isEmpty() || isDefault) && !kept.contains(candidate)) {
                kept.add(candidate);
            }
        }
        return kept;
    }

    /** HAProxy adds a line's filters from the last. */
    private static List<String> reversed(List<String> filters) {
        List<String> reversed = new ArrayList<>(filters);
        Collections.reverse(reversed);
        return reversed;
    }

    /** The DNS alternative names, then each common name, as the certificate has them. */
    private static List<String> names(X509Certificate leaf) {
        List<String> names = new ArrayList<>();
        try {
            Collection<List<?>> alternatives = leaf.getSubjectAlternativeNames();
            if (alternatives != null) {
                alternatives.stream().filter(name -> (Integer) name.get(0) == DNS_NAME)
                        .forEach(name -> names.add((String) name.get(1)));
            }
        } catch (CertificateParsingException e) {
            // OpenSSL reads no alternative names either
        }
        DerReader subject = new DerReader(leaf.getSubjectX500Principal().getEncoded()).enter();
        while (subject.hasMore()) {
            DerReader relativeName = subject.enter();
            while (relativeName.hasMore()) {
                DerReader attribute = relativeName.enter();
                String oid = attribute.oid();
                byte[] value = attribute.content();
                if (oid.equals(COMMON_NAME)) {
                    names.add(new String(value, StandardCharsets.UTF_8));
                }
            }
        }
        return names;
    }

    /** As C's {@code tolower} in the C locale: ASCII letters only. */
    private static String lowerCase(String name) {
        StringBuilder lowered = new StringBuilder(name.length());
        name.chars().forEach(c -> lowered.append((char) (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c)));
        return lowered.toString();
    }
}
