package io.hapsim.simulator.state.tls;

import io.hapsim.simulator.version.CaStoreOrder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CA files a process loaded: each {@code bind} line's {@code ca-file} ({@link TlsReferences}) and
 * {@code @system-ca}, listed in HAProxy's order (by name), with at most one transaction changing one of them at a
 * time. Commands that read and then change the store hold its monitor meanwhile.
 */
public final class CaFileStore implements TlsFileStore {

    private static final Logger LOG = LoggerFactory.getLogger(CaFileStore.class);

    private final TreeMap<String, CaFile> byPath = new TreeMap<>();
    private final CaStoreOrder order;
    private CaFileTransaction transaction;

    private CaFileStore(CaStoreOrder order) {
        this.order = order;
    }

    /** The CA files the {@code bind} lines load, each used by every certificate of those lines. */
    public static CaFileStore of(TlsReferences references, CaStoreOrder order) {
        CaFileStore store = new CaFileStore(order);
        for (TlsReferences.BindLine line : references.bindLines()) {
            if (line.caFile() != null) {
                store.load(line.caFile(), line.certificates().size());
            }
        }
        return store;
    }

    private void load(String path, int instances) {
        CaFile known = byPath.get(path);
        if (known != null) {
            byPath.put(path, new CaFile(path, known.certificates(), known.instances() + instances));
            return;
        }
        try {
            List<X509Certificate> read = PemParts.authorities(Files.readString(Path.of(path),
                    StandardCharsets.ISO_8859_1));
            byPath.put(path, new CaFile(path, ordered(order, List.of(), read), instances));
        } catch (IOException | PemException e) {
            LOG.debug("CA file {} not loaded: {}", path, e.toString());
        }
    }

    /** Every CA file, {@code @system-ca} included, in HAProxy's order. */
    public synchronized List<CaFile> all() {
        TreeMap<String, CaFile> all = new TreeMap<>(byPath);
        all.computeIfAbsent(SystemCa.NAME, name -> systemCa());
        return List.copyOf(all.values());
    }

    public synchronized Optional<CaFile> find(String path) {
        CaFile file = byPath.get(path);
        return file == null && path.equals(SystemCa.NAME) ? Optional.of(systemCa()) : Optional.ofNullable(file);
    }

    public synchronized Optional<CaFileTransaction> transaction() {
        return Optional.ofNullable(transaction);
    }

    @Override
    public synchronized boolean exists(String path) {
        return find(path).isPresent();
    }

    @Override
    public synchronized boolean used(String path) {
        return find(path).map(CaFile::used).orElse(false);
    }

    @Override
    public synchronized Optional<String> transactionPath() {
        return transaction().map(CaFileTransaction::path);
    }

    /** The store's certificates once {@code added} are added to {@code store}, in the order the version keeps. */
    public List<X509Certificate> adding(List<X509Certificate> store, List<X509Certificate> added) {
        return ordered(order, store, added);
    }

    static List<X509Certificate> ordered(CaStoreOrder order, List<X509Certificate> store,
            List<X509Certificate> added) {
        List<X509Certificate> result = new ArrayList<>(store);
        Comparator<X509Certificate> bySubject = CanonicalName.subjectOrder();
        for (X509Certificate certificate : added) {
            if (order == CaStoreOrder.SORTED_BEFORE_EACH_ADDITION) {
                result.sort(bySubject);
            }
            if (!result.contains(certificate)) {
                result.add(certificate);
            }
        }
        return result;
    }

    /** {@code new ssl ca-file}: an empty file; {@code false} when one has that name already. */
    @Override
    public synchronized boolean create(String path) {
        if (exists(path)) {
            return false;
        }
        byPath.put(path, new CaFile(path, null, 0));
        return true;
    }

    public synchronized void stage(String path, List<X509Certificate> pending) {
        transaction = new CaFileTransaction(path, pending);
    }

    @Override
    public synchronized void abort() {
        transaction = null;
    }

    public synchronized void commit() {
        CaFile file = find(transaction.path()).orElseThrow().with(transaction.pending());
        byPath.put(file.path(), file);
        transaction = null;
    }

    @Override
    public synchronized void delete(String path) {
        byPath.remove(path);
    }

    private CaFile systemCa() {
        return new CaFile(SystemCa.NAME, SystemCa.certificates(order), 0);
    }
}
