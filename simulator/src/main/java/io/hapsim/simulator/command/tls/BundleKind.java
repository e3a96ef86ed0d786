package io.hapsim.simulator.command.tls;

import io.hapsim.simulator.state.RuntimeState;
import io.hapsim.simulator.state.tls.BundleStore;
import io.hapsim.simulator.state.tls.PemParts;
import io.hapsim.simulator.state.tls.PemReader;
import io.hapsim.simulator.state.tls.TlsStores;
import io.hapsim.simulator.version.VersionProfile;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * CA files or CRL files: the words HAProxy's answers use for them, how their payloads are read and added, and how
 * each item is shown.
 *
 * @param file            the kind's shared words and store
 * @param transactionNoun what a transaction's answer names one by ({@code CA}, {@code CRL})
 * @param payloadNoun     what {@code set}'s usage expects as a payload ({@code CAs}, {@code CRLs})
 * @param itemTitle       the title of each item of the details ({@code Certificate})
 * @param listsCounts     the listing gives each file's count
 * @param writesEachItem  the details are written an item at a time, starting again past a buffer's worth; a file
 *                        without a store, or an index past the last, gets nothing (CA files); otherwise they are
 *                        written at once, the name and status always (CRL files)
 * @param store           its typed store in a process
 * @param reader          how a payload is read
 * @param adder           how items are added to what a file holds, in the version's order
 * @param details         an item's details
 * @param <T>             what a file holds
 */
record BundleKind<T>(TlsFileKind file, String transactionNoun, String payloadNoun, String itemTitle,
        boolean listsCounts, boolean writesEachItem, Function<RuntimeState, BundleStore<T>> store,
        PemReader<T> reader, Adder<T> adder, Function<T, String> details) {

    /** Items added to a file's, as the version's OpenSSL keeps them. */
    interface Adder<T> {
        List<T> add(VersionProfile profile, List<T> base, List<T> added);
    }

    static final BundleKind<X509Certificate> CA_FILE = new BundleKind<>(TlsFileKind.CA_FILE, "CA", "CAs",
            "Certificate", true, true, RuntimeState::caFiles, PemParts::authorities,
            (profile, base, added) -> TlsStores.ordered(profile.tlsCli().caStoreOrder(), base, added),
            CertificateText::details);
    static final BundleKind<X509CRL> CRL_FILE = new BundleKind<>(TlsFileKind.CRL_FILE, "CRL", "CRLs",
            "Certificate Revocation List", false, false, RuntimeState::crlFiles, PemParts::revocationLists,
            (profile, base, added) -> {
                // OpenSSL adds a list identical to one the store holds once
                List<X509CRL> all = new ArrayList<>(base);
                added.stream().filter(crl -> !all.contains(crl)).forEach(all::add);
                return all;
            }, CrlText::details);

    /** {@code '<words>' expects <what>}, the quote closed from 3.0. */
    static String usage(VersionProfile profile, String words, String what) {
        return "'" + words + (profile.tlsCli().usagesQuoted() ? "'" : "") + " expects " + what + "\n";
    }
}
