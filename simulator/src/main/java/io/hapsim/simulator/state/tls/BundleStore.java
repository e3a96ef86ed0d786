package io.hapsim.simulator.state.tls;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The CA files, or the CRL files, of a process: those the configuration loads and those {@code new} made, listed in
 * HAProxy's order (by name), with at most one transaction changing one of them at a time. HAProxy keeps both kinds in
 * one tree, so a name the other kind has is taken. Commands that read and then change hold the store's monitor.
 *
 * @param <T> what a file holds: certificates or revocation lists
 */
public final class BundleStore<T> implements TlsFileStore {

    private final TreeMap<String, BundleFile<T>> byPath = new TreeMap<>();
    /** Files every process has, read on first use ({@code @system-ca}). */
    private final Map<String, Supplier<List<T>>> builtIn;
    private Predicate<String> otherKindNamed = name -> false;
    private BundleTransaction<T> transaction;

    BundleStore(Map<String, Supplier<List<T>>> builtIn) {
        this.builtIn = Map.copyOf(builtIn);
    }

    /** A file the configuration loads, {@code instances} more certificate instances using it. */
    void load(String path, List<T> items, int instances) {
        BundleFile<T> known = byPath.get(path);
        byPath.put(path, known == null ? new BundleFile<>(path, items, instances)
                : new BundleFile<>(path, known.items(), known.instances() + instances));
    }

    /** The other kind's files, which share this kind's names. */
    void namesTakenBy(Predicate<String> otherKind) {
        this.otherKindNamed = otherKind;
    }

    /** Every file, the built-in ones included, in HAProxy's order. */
    public synchronized List<BundleFile<T>> all() {
        TreeMap<String, BundleFile<T>> all = new TreeMap<>(byPath);
        builtIn.forEach((name, items) -> all.computeIfAbsent(name, n -> new BundleFile<>(n, items.get(), 0)));
        return List.copyOf(all.values());
    }

    public synchronized Optional<BundleFile<T>> find(String path) {
        BundleFile<T> file = byPath.get(path);
        if (file == null && builtIn.containsKey(path)) {
            return Optional.of(new BundleFile<>(path, builtIn.get(path).get(), 0));
        }
        return Optional.ofNullable(file);
    }

    public synchronized Optional<BundleTransaction<T>> transaction() {
        return Optional.ofNullable(transaction);
    }

    @Override
    public synchronized boolean exists(String path) {
        return find(path).isPresent();
    }

    @Override
    public synchronized boolean used(String path) {
        return find(path).map(BundleFile::used).orElse(false);
    }

    @Override
    public synchronized Optional<String> transactionPath() {
        return transaction().map(BundleTransaction::path);
    }

    /**
     * {@code new}: an empty file; {@code false} when a file of either kind has that name already. The other kind is
     * asked before this store is locked, so that the two stores never wait for each other.
     */
    @Override
    public boolean create(String path) {
        if (otherKindNamed.test(path)) {
            return false;
        }
        synchronized (this) {
            if (exists(path)) {
                return false;
            }
            byPath.put(path, new BundleFile<>(path, null, 0));
            return true;
        }
    }

    public synchronized void stage(String path, List<T> pending) {
        transaction = new BundleTransaction<>(path, pending);
    }

    @Override
    public synchronized void abort() {
        transaction = null;
    }

    /** Ends the transaction, its file now holding what was pending; how many instances that rebuilt. */
    public synchronized int commit() {
        BundleFile<T> file = find(transaction.path()).orElseThrow();
        byPath.put(file.path(), new BundleFile<>(file.path(), transaction.pending(), file.instances()));
        transaction = null;
        return file.instances();
    }

    @Override
    public synchronized void delete(String path) {
        byPath.remove(path);
    }
}
