package io.hapsim.simulator.state.tls;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.security.cert.X509Certificate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The certificates a process loaded: every {@code crt} of the configuration's {@code bind} lines
 * ({@link TlsReferences}), named as HAProxy names them and listed in its order (by name). A file that holds no
 * readable certificate is left out. At most one transaction changes one of them at a
 * time, as in HAProxy; commands that read and then change the store hold its monitor meanwhile.
 */
public final class CertificateStore implements TlsFileStore {

    private static final Logger LOG = LoggerFactory.getLogger(CertificateStore.class);

    private final TreeMap<String, StoredCertificate> byName = new TreeMap<>();
    private CertificateTransaction transaction;
    private long commits;
    /** The instances the configuration built, and those a CA or CRL file's commit left out of their certificate's. */
    private final List<TlsReferences.Instances> built = new ArrayList<>();
    private final Set<Integer> unlinked = new HashSet<>();
    /** Why HAProxy refuses to load a certificate, by name: its OCSP issuer file, as HAProxy words it. */
    private final Map<String, String> refusals = new HashMap<>();
    /** The certificates {@code add ssl jwt} marked for JWT verification (3.3+). */
    private final Set<String> forJwt = new TreeSet<>();

    private CertificateStore() {
    }

    /** The certificates the {@code bind} lines load, each counted once per line that serves it. */
    public static CertificateStore of(TlsReferences references) {
        CertificateStore store = new CertificateStore();
        references.storeLoads().forEach(store::load);
        for (TlsReferences.Instances line : references.instances()) {
            line.certificates().forEach(name -> store.load(name, line.crtListLine()));
        }
        store.built.addAll(references.instances());
        return store;
    }

    /** A crt-store's certificate: its files only, none looked for beside them, and no instance until named. */
    private void load(StoreLoad load) {
        try {
            CertificateParts parts = PemParts.certificate(Files.readString(Path.of(load.crtPath()),
                    StandardCharsets.ISO_8859_1));
            if (load.keyPath() != null) {
                parts = parts.withKey(PemParts.key(Files.readString(Path.of(load.keyPath()),
                        StandardCharsets.ISO_8859_1)));
            }
            byName.putIfAbsent(load.name(), new StoredCertificate(load.name(), parts, 0, load.files(), 0));
            if (load.jwt()) {
                forJwt.add(load.name());
            }
        } catch (IOException | PemException e) {
            LOG.debug("crt-store certificate {} not loaded: {}", load.name(), e.toString());
        }
    }

    private void load(String name, boolean byCrtListLine) {
        Path path = Path.of(name);
        StoredCertificate known = byName.get(name);
        if (known != null) {
            byName.put(name, known.servedBy(1));
            return;
        }
        try {
            CertificateParts parts = PemParts.certificate(Files.readString(path, StandardCharsets.ISO_8859_1));
            String keyFile = name;
            Path besideKey = Path.of(name + ".key");
            if (parts.key() == null && Files.isRegularFile(besideKey)) {
                // a PEM without its key has it in a file of its own, as HAProxy looks for it
                parts = parts.withKey(PemParts.key(Files.readString(besideKey, StandardCharsets.ISO_8859_1)));
                keyFile = besideKey.toString();
            }
            parts = withOcspFiles(name, parts);
            PartFiles files = byCrtListLine ? PartFiles.crtOnly(name) : PartFiles.beside(name, keyFile);
            byName.put(name, new StoredCertificate(name, parts, 1, files, 0));
        } catch (IOException | PemException e) {
            LOG.debug("certificate {} not loaded: {}", name, e.toString());
        }
    }

    /**
     * The OCSP response beside a certificate's file ({@code <file>.ocsp}), with its issuer if one is beside too; an
     * issuer file that does not parse, or did not issue the certificate, makes HAProxy refuse the configuration.
     */
    private CertificateParts withOcspFiles(String name, CertificateParts parts) throws IOException {
        Path response = Path.of(name + ".ocsp");
        if (!Files.isRegularFile(response)) {
            return parts;
        }
        OcspParts ocsp = parts.ocsp().withResponse(Files.readAllBytes(response));
        Path issuerFile = Path.of(name + ".issuer");
        if (Files.isRegularFile(issuerFile)) {
            try {
                X509Certificate issuer = PemParts.issuer(Files.readString(issuerFile, StandardCharsets.ISO_8859_1));
                if (!parts.issuedBy(issuer)) {
                    refusals.put(name, " '" + issuerFile + "' is not an issuer'.");
                }
                ocsp = ocsp.withIssuer(issuer);
            } catch (PemException e) {
                refusals.put(name, "'" + issuerFile + "' cannot be read or parsed'.");
            }
        }
        return parts.withOcsp(ocsp);
    }

    /** Why HAProxy refuses to load the certificate {@code name} for a {@code bind} line, if it does. */
    public synchronized Optional<String> refusal(String name) {
        return Optional.ofNullable(refusals.get(name));
    }

    /** Every certificate, in HAProxy's order. */
    public synchronized List<StoredCertificate> all() {
        return List.copyOf(byName.values());
    }

    public synchronized Optional<StoredCertificate> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public synchronized Optional<CertificateTransaction> transaction() {
        return Optional.ofNullable(transaction);
    }

    @Override
    public synchronized boolean exists(String name) {
        return byName.containsKey(name);
    }

    @Override
    public synchronized boolean used(String name) {
        return find(name).map(StoredCertificate::used).orElse(false);
    }

    @Override
    public synchronized Optional<String> transactionPath() {
        return transaction().map(CertificateTransaction::path);
    }

    /** {@code new ssl cert}: an empty store; {@code false} when one has that name already. */
    @Override
    public synchronized boolean create(String name) {
        return byName.putIfAbsent(name, new StoredCertificate(name, CertificateParts.EMPTY, 0, null, 0)) == null;
    }

    /** Starts or replaces the transaction: {@code pending} is what {@code path} will hold once committed. */
    public synchronized void stage(String path, CertificateParts pending) {
        transaction = new CertificateTransaction(path, pending);
    }

    /** Ends the transaction without change ({@code abort}, or a commit that failed). */
    @Override
    public synchronized void abort() {
        transaction = null;
    }

    /** {@code instances} more (or fewer) certificate instances serve the certificate: a crt-list line added or gone. */
    public synchronized void serve(String name, int instances) {
        byName.put(name, byName.get(name).servedBy(instances));
    }

    /** Ends the transaction, its store now holding what was pending, as its stapling left it ({@code committed}). */
    public synchronized void commit(CertificateParts committed) {
        StoredCertificate store = byName.get(transaction.path()).committing(committed, ++commits);
        byName.put(store.name(), store);
        transaction = null;
    }

    /** What a certificate holds once stapled for a new instance (as the process starts, or a crt-list line added). */
    public synchronized void stapled(String name, CertificateParts parts) {
        byName.computeIfPresent(name, (key, store) -> new StoredCertificate(key, parts, store.instances(),
                store.files(), store.rebuilt()));
    }

    @Override
    public synchronized void delete(String name) {
        byName.remove(name);
        forJwt.remove(name);
    }

    /**
     * A CA or CRL file's commit rebuilt the instances that use it, but left the new ones out of their certificate's
     * instances (GitHub #3165, fixed in 3.3.0 and backported): each such certificate counts fewer, so that it shows
     * {@code Unused} and its next commit rebuilds nothing.
     */
    public synchronized void unlinkInstancesUsing(String bundlePath) {
        for (int i = 0; i < built.size(); i++) {
            TlsReferences.Instances instances = built.get(i);
            if ((bundlePath.equals(instances.caFile()) || bundlePath.equals(instances.crlFile())) && unlinked.add(i)) {
                instances.certificates().stream().filter(byName::containsKey).forEach(name -> serve(name, -1));
            }
        }
    }

    /** Marks a certificate for JWT verification, or no longer; false when there is no such certificate. */
    public synchronized boolean useForJwt(String name, boolean used) {
        if (!byName.containsKey(name)) {
            return false;
        }
        if (used) {
            forJwt.add(name);
        } else {
            forJwt.remove(name);
        }
        return true;
    }

    @Override
    public synchronized boolean usedForJwt(String name) {
        return forJwt.contains(name);
    }

    /** The certificates marked for JWT verification, in HAProxy's order. */
    public synchronized List<String> jwtCertificates() {
        return byName.keySet().stream().filter(forJwt::contains).toList();
    }
}
